package org.jigai.need;

import java.time.Instant;

/** Published once per validity when a published need comes within {@link NeedService#REMINDER_WINDOW} of expiry. */
public record NeedExpiringSoon(long needId, long organizationId, String title, Instant expiresAt) {}
