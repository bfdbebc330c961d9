package org.jigai.event;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.base.Labeled;

/**
 * The event's state table (printed in {@code docs/events.md}, checked against it by a test). Only the bureau takes
 * these. PUBLISH_SCHEDULE needs at least one meeting in the schedule; HOLD is possible from the event's day on;
 * CANCEL carries a reason that every registrant is told.
 */
public enum EventTransition implements Labeled {
    PUBLISH(EnumSet.of(EventState.DRAFT), EventState.OPEN),
    PUBLISH_SCHEDULE(EnumSet.of(EventState.OPEN), EventState.SCHEDULED),
    HOLD(EnumSet.of(EventState.SCHEDULED), EventState.HELD),
    CANCEL(EnumSet.of(EventState.DRAFT, EventState.OPEN, EventState.SCHEDULED), EventState.CANCELLED);

    private final Set<EventState> from;
    private final EventState to;

    EventTransition(Set<EventState> from, EventState to) {
        this.from = from;
        this.to = to;
    }

    public Set<EventState> from() {
        return from;
    }

    public EventState to() {
        return to;
    }

    public boolean allows(EventState state) {
        return from.contains(state);
    }

    public String auditAction() {
        return "EVENT_" + name();
    }

    @Override
    public String labelKey() {
        return "event.transition." + name();
    }
}
