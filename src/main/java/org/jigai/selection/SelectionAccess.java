package org.jigai.selection;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on the selection's records: the one place that decides it (see the {@code selection-table} in
 * {@code docs/security.md}).
 * <ul>
 *   <li>A nomination: its enterprise reads it in every state and edits it while a draft or returned; the provider it
 *       names and bureau staff (and admins) read it once submitted; an expert reads it only through an assignment
 *       that was not removed, without the applicants' names when the call is blind; everyone, signed in or not,
 *       reads a published case, and a selected one while the selection is in public notice (its story only).</li>
 *   <li>Scores: the bureau and admins read all; an expert its own, and the other experts' (without their names) of a
 *       case only once it has submitted or abstained on it; enterprises and providers never.</li>
 *   <li>Objections: the one who lodged it and bureau staff (admins read).</li>
 *   <li>Calls: the bureau manages them; everyone reads a call once opened.</li>
 * </ul>
 */
@Component
class SelectionAccess {

    record Actions(boolean mine, boolean edit, Set<NominationTransition> transitions) {}

    boolean owner(AccountPrincipal reader, Nomination n) {
        return reader.has(Role.ENTERPRISE) && reader.organizationId() != null
                && reader.organizationId() == n.getEnterpriseId();
    }

    boolean namedProvider(AccountPrincipal reader, Nomination n) {
        return reader.has(Role.PROVIDER) && reader.organizationId() != null && n.getProviderId() != null
                && reader.organizationId().longValue() == n.getProviderId();
    }

    /** Reading the nomination page (not an expert's review, see {@link #mayReview}). */
    boolean mayRead(AccountPrincipal reader, Nomination n) {
        return owner(reader, n) || ((namedProvider(reader, n) || staff(reader)) && n.getSubmittedAt() != null);
    }

    /** The public story of a case: published, or selected while its call is in notice. */
    static boolean isPublic(Nomination n, CallState call) {
        return n.getState() == NominationState.PUBLISHED
                || (n.getState() == NominationState.SELECTED && call == CallState.NOTICE);
    }

    boolean mayEdit(AccountPrincipal reader, Nomination n, SelectionCall call) {
        return owner(reader, n) && call.getState() == CallState.NOMINATING
                && (n.getState() == NominationState.DRAFT || n.getState() == NominationState.RETURNED);
    }

    /** The table's rule only; the service adds the call's state and dates. */
    boolean mayTake(AccountPrincipal reader, Nomination n, NominationTransition t) {
        if (!t.allows(n.getState())) {
            return false;
        }
        return t.role() == Role.ENTERPRISE ? owner(reader, n) : reader.has(t.role());
    }

    Actions actions(AccountPrincipal reader, Nomination n, SelectionCall call) {
        var transitions = EnumSet.noneOf(NominationTransition.class);
        for (NominationTransition t : EnumSet.of(NominationTransition.SUBMIT, NominationTransition.WITHDRAW,
                NominationTransition.PASS, NominationTransition.RETURN)) {
            if (mayTake(reader, n, t) && call.getState() == CallState.NOMINATING) {
                transitions.add(t);
            }
        }
        if (mayTake(reader, n, NominationTransition.DROP) && call.getState() == CallState.NOTICE) {
            transitions.add(NominationTransition.DROP);
        }
        return new Actions(owner(reader, n), mayEdit(reader, n, call), transitions);
    }

    /** An expert's own assignment that the bureau did not remove. */
    boolean mayReview(AccountPrincipal reader, ReviewAssignment a) {
        return reader.has(Role.EXPERT) && reader.id() == a.getExpertId() && a.getState() != ReviewState.REMOVED;
    }

    boolean mayTake(AccountPrincipal reader, ReviewAssignment a, ReviewTransition t) {
        if (a.getState() != t.from()) {
            return false;
        }
        return t.role() == Role.EXPERT ? mayReview(reader, a) : reader.has(t.role());
    }

    /** Whether the expert sees the other experts' scores of the case: once its own are in (or it abstained). */
    boolean maySeeOthers(AccountPrincipal reader, ReviewAssignment own) {
        return mayReview(reader, own)
                && (own.getState() == ReviewState.SUBMITTED || own.getState() == ReviewState.ABSTAINED);
    }

    boolean mayManage(AccountPrincipal reader) {
        return reader.has(Role.BUREAU);
    }

    /** Reading rankings, scores, assignments, objections and declarations of every expert. */
    boolean mayOversee(AccountPrincipal reader) {
        return staff(reader);
    }

    boolean mayNominate(AccountPrincipal reader) {
        return reader.has(Role.ENTERPRISE) && reader.organizationId() != null;
    }

    boolean mayReadObjection(AccountPrincipal reader, Objection o) {
        return staff(reader) || reader.id() == o.getAccountId();
    }

    static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
