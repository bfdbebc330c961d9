package org.jigai.event;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.base.Labeled;

/**
 * The registration's state table (printed in {@code docs/events.md}, checked by a test): the bureau confirms or
 * declines (with a reason); the registrant withdraws (its meetings leave the provisional schedule). All of them only
 * while the event is open, before its schedule is published. Registering itself creates a
 * PENDING registration while the event is open and before its deadline.
 */
public enum RegistrationTransition implements Labeled {
    CONFIRM(EnumSet.of(RegistrationState.PENDING), RegistrationState.CONFIRMED, false),
    DECLINE(EnumSet.of(RegistrationState.PENDING, RegistrationState.CONFIRMED), RegistrationState.DECLINED, true),
    WITHDRAW(EnumSet.of(RegistrationState.PENDING, RegistrationState.CONFIRMED), RegistrationState.WITHDRAWN, false);

    private final Set<RegistrationState> from;
    private final RegistrationState to;
    private final boolean reasoned;

    RegistrationTransition(Set<RegistrationState> from, RegistrationState to, boolean reasoned) {
        this.from = from;
        this.to = to;
        this.reasoned = reasoned;
    }

    public Set<RegistrationState> from() {
        return from;
    }

    public RegistrationState to() {
        return to;
    }

    public boolean reasoned() {
        return reasoned;
    }

    /** The registrant withdraws; the bureau takes the others. */
    public boolean byRegistrant() {
        return this == WITHDRAW;
    }

    public boolean allows(RegistrationState state) {
        return from.contains(state);
    }

    public String auditAction() {
        return "EVENT_REGISTRATION_" + name();
    }

    @Override
    public String labelKey() {
        return "event.registration.transition." + name();
    }
}
