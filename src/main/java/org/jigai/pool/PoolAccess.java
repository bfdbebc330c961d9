package org.jigai.pool;

import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on a pool application: the one place that decides it (see the {@code pool-table} in
 * {@code docs/security.md}).
 * <ul>
 *   <li>The provider that applied reads its applications in every state, edits them while a draft or returned, and
 *       takes the provider's transitions of {@link PoolTransition}.</li>
 *   <li>Bureau staff read every application once it was submitted (never a draft that was not) and take the
 *       bureau's transitions; administrators read.</li>
 *   <li>Everyone else — other providers, enterprises, experts — reads none: "not found". The pool's members are
 *       public ({@code /pool}); applications are not.</li>
 * </ul>
 */
@Component
class PoolAccess {

    /** What a reader may do with one application it may read. */
    record Actions(boolean mine, boolean edit, java.util.Set<PoolTransition> transitions) {}

    boolean owner(AccountPrincipal reader, PoolApplication a) {
        return reader.has(Role.PROVIDER) && reader.organizationId() != null
                && reader.organizationId() == a.getOrganizationId();
    }

    boolean mayRead(AccountPrincipal reader, PoolApplication a) {
        return owner(reader, a) || (staff(reader) && a.getSubmittedAt() != null);
    }

    boolean mayEdit(AccountPrincipal reader, PoolApplication a) {
        return owner(reader, a)
                && (a.getState() == ApplicationState.DRAFT || a.getState() == ApplicationState.RETURNED);
    }

    /** The table's rule only; the service adds the dates (application window, end of the pool year). */
    boolean mayTake(AccountPrincipal reader, PoolApplication a, PoolTransition t) {
        if (!t.allows(a.getState())) {
            return false;
        }
        return t.role() == Role.PROVIDER ? owner(reader, a) : reader.has(t.role());
    }

    /** Opening, editing and publishing pool years. */
    boolean mayManageYears(AccountPrincipal reader) {
        return reader.has(Role.BUREAU);
    }

    /** Starting an application: providers only, for their own organisation. */
    boolean mayApply(AccountPrincipal reader) {
        return reader.has(Role.PROVIDER) && reader.organizationId() != null;
    }

    Actions actions(AccountPrincipal reader, PoolApplication a) {
        var transitions = java.util.EnumSet.noneOf(PoolTransition.class);
        for (PoolTransition t : PoolTransition.values()) {
            if (mayTake(reader, a, t)) {
                transitions.add(t);
            }
        }
        return new Actions(owner(reader, a), mayEdit(reader, a), transitions);
    }

    /** The list form of {@link #mayRead}. */
    Specification<PoolApplication> readable(AccountPrincipal reader) {
        if (staff(reader)) {
            return (root, query, cb) -> cb.isNotNull(root.get("submittedAt"));
        }
        Long org = reader.organizationId();
        if (org == null || !reader.has(Role.PROVIDER)) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> cb.equal(root.get("organizationId"), org);
    }

    static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
