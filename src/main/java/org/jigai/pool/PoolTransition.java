package org.jigai.pool;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.account.Role;
import org.jigai.base.Labeled;

/**
 * The pool application's state table (printed in {@code docs/pool.md}, checked against it by a test): the transition,
 * the states it leaves, the state it reaches, the role that takes it (the provider only on its own application) and
 * whether it needs a reason. Dates restrict some further: a provider submits a new application and reopens a withdrawn
 * one only inside the pool year's application window (a returned one until the pool year ends); the bureau decides
 * until the pool year ends.
 */
public enum PoolTransition implements Labeled {
    SUBMIT(EnumSet.of(ApplicationState.DRAFT, ApplicationState.RETURNED), ApplicationState.SUBMITTED, Role.PROVIDER, false),
    WITHDRAW(EnumSet.of(ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.RETURNED),
            ApplicationState.WITHDRAWN, Role.PROVIDER, false),
    REOPEN(EnumSet.of(ApplicationState.WITHDRAWN), ApplicationState.DRAFT, Role.PROVIDER, false),
    APPROVE(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.APPROVED, Role.BUREAU, false),
    RETURN(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.RETURNED, Role.BUREAU, true),
    REJECT(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.REJECTED, Role.BUREAU, true),
    REMOVE(EnumSet.of(ApplicationState.APPROVED), ApplicationState.REMOVED, Role.BUREAU, true);

    private final Set<ApplicationState> from;
    private final ApplicationState to;
    private final Role role;
    private final boolean reasoned;

    PoolTransition(Set<ApplicationState> from, ApplicationState to, Role role, boolean reasoned) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasoned = reasoned;
    }

    public Set<ApplicationState> from() {
        return from;
    }

    public ApplicationState to() {
        return to;
    }

    public Role role() {
        return role;
    }

    public boolean reasoned() {
        return reasoned;
    }

    public boolean allows(ApplicationState state) {
        return from.contains(state);
    }

    /** The audit log's action for this transition. */
    public String auditAction() {
        return "POOL_" + name();
    }

    @Override
    public String labelKey() {
        return "pool.transition." + name();
    }
}
