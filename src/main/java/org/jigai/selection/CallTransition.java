package org.jigai.selection;

import org.jigai.account.Role;
import org.jigai.base.Labeled;

/**
 * The call's state table (printed in {@code docs/selection.md}, checked against it by a test). Every move is the
 * bureau's; the service adds the rules of each: OPEN while the nomination window has not ended; START_REVIEW once it
 * has ended and every submitted nomination was checked; PUBLISH_NOTICE once every nomination in review has its scores
 * and with a selection whose departures from the ranking carry reasons; PUBLISH once the notice has ended and every
 * objection was handled.
 */
public enum CallTransition implements Labeled {
    OPEN(CallState.DRAFT, CallState.NOMINATING),
    START_REVIEW(CallState.NOMINATING, CallState.REVIEWING),
    PUBLISH_NOTICE(CallState.REVIEWING, CallState.NOTICE),
    PUBLISH(CallState.NOTICE, CallState.PUBLISHED);

    private final CallState from;
    private final CallState to;

    CallTransition(CallState from, CallState to) {
        this.from = from;
        this.to = to;
    }

    public CallState from() {
        return from;
    }

    public CallState to() {
        return to;
    }

    public Role role() {
        return Role.BUREAU;
    }

    public boolean allows(CallState state) {
        return state == from;
    }

    public String auditAction() {
        return "SELECTION_CALL_" + name();
    }

    @Override
    public String labelKey() {
        return "selection.callTransition." + name();
    }
}
