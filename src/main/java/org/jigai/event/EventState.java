package org.jigai.event;

import org.jigai.base.Labeled;

/** Where an event stands; {@link EventTransition} moves it. */
public enum EventState implements Labeled {
    /** Being prepared by the bureau; not public. */
    DRAFT,
    /** Published: public, taking registrations until the deadline; the bureau works on the schedule. */
    OPEN,
    /** The schedule is published: every confirmed participant has its agenda. */
    SCHEDULED,
    /** Held: attendance and outcomes are recorded. */
    HELD,
    CANCELLED;

    @Override
    public String labelKey() {
        return "event.state." + name();
    }
}
