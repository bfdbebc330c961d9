package org.jigai.selection;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.account.Role;
import org.jigai.base.Labeled;

/**
 * The nomination's state table (printed in {@code docs/selection.md}, checked against it by a test): the states it
 * leaves, the state it reaches, the role that takes it (the enterprise only on its own nomination) and whether it needs
 * a reason. The call's state restricts further: SUBMIT inside the nomination window; WITHDRAW, PASS and RETURN while
 * the call takes nominations; SELECT and DECLINE only as the call's selection is published for notice (a departure
 * from the ranking needs a reason there); DROP during the notice; PUBLISH with the call.
 */
public enum NominationTransition implements Labeled {
    SUBMIT(EnumSet.of(NominationState.DRAFT, NominationState.RETURNED), NominationState.SUBMITTED, Role.ENTERPRISE,
            false),
    WITHDRAW(EnumSet.of(NominationState.DRAFT, NominationState.SUBMITTED, NominationState.RETURNED,
            NominationState.PASSED), NominationState.WITHDRAWN, Role.ENTERPRISE, false),
    PASS(EnumSet.of(NominationState.SUBMITTED), NominationState.PASSED, Role.BUREAU, false),
    RETURN(EnumSet.of(NominationState.SUBMITTED), NominationState.RETURNED, Role.BUREAU, true),
    SELECT(EnumSet.of(NominationState.PASSED), NominationState.SELECTED, Role.BUREAU, false),
    DECLINE(EnumSet.of(NominationState.PASSED), NominationState.NOT_SELECTED, Role.BUREAU, false),
    DROP(EnumSet.of(NominationState.SELECTED), NominationState.NOT_SELECTED, Role.BUREAU, true),
    PUBLISH(EnumSet.of(NominationState.SELECTED), NominationState.PUBLISHED, Role.BUREAU, false);

    private final Set<NominationState> from;
    private final NominationState to;
    private final Role role;
    private final boolean reasoned;

    NominationTransition(Set<NominationState> from, NominationState to, Role role, boolean reasoned) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasoned = reasoned;
    }

    public Set<NominationState> from() {
        return from;
    }

    public NominationState to() {
        return to;
    }

    public Role role() {
        return role;
    }

    public boolean reasoned() {
        return reasoned;
    }

    public boolean allows(NominationState state) {
        return from.contains(state);
    }

    public String auditAction() {
        return "NOMINATION_" + name();
    }

    @Override
    public String labelKey() {
        return "selection.transition." + name();
    }
}
