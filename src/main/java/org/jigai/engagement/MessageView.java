package org.jigai.engagement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message: {@code mine} when the reader's side wrote it, {@code read} when the other side has read it. */
public record MessageView(long id, String author, Side side, boolean mine, String text, Instant sentAt,
        @Nullable FileRef file, boolean read) {}
