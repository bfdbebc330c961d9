package org.jigai.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification for the centre: its kind, the values of its text, where it links to, and whether it was read. */
public record NotificationView(long id, Kind kind, String subject, @Nullable String detail, String link,
        Instant createdAt, boolean read) {}
