package org.jigai.event;

import org.jspecify.annotations.Nullable;

/**
 * Something an organisation is told about an event through the notification centre: its registration confirmed or
 * declined (with the reason), the schedule published (its agenda), the event cancelled (with the reason), or the
 * reminder the day before ({@code detail}: the day, ISO).
 */
public record EventNotice(long eventId, long organizationId, String title, Type type, @Nullable String detail) {

    public enum Type { REGISTRATION_CONFIRMED, REGISTRATION_DECLINED, SCHEDULE_PUBLISHED, CANCELLED, REMINDER }
}
