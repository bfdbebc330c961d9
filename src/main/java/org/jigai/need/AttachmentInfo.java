package org.jigai.need;

import java.time.Instant;

/** An attachment as the need's readers see it. */
public record AttachmentInfo(long id, long needId, String fileName, String contentType, long size, Instant createdAt) {}
