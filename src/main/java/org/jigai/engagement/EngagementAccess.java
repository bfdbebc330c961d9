package org.jigai.engagement;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on an engagement: the one place that decides it (see {@code docs/security.md}).
 * <ul>
 *   <li>Its two parties — users of the enterprise and of the provider — read all of it (conversation, proposals,
 *       milestones, ratings as they become visible) and take the transitions of {@link Transition} for their side.</li>
 *   <li>Bureau staff and administrators read its facts (who, which need, state, dates, amounts), never the
 *       conversation or proposals, unless a party reported it to the bureau: then bureau staff read it whole and
 *       record how they handled the report.</li>
 *   <li>Everyone else reads nothing: "not found".</li>
 * </ul>
 * Contact details are revealed to the parties only once both agreed to exchange them.
 */
@Component
public class EngagementAccess {

    /** The reader's side, or null when the reader is not a party. */
    @Nullable Side side(AccountPrincipal reader, Engagement e) {
        Side side = e.sideOf(reader.organizationId());
        if (side == Side.ENTERPRISE && !reader.has(Role.ENTERPRISE) || side == Side.PROVIDER && !reader.has(Role.PROVIDER)) {
            return null;
        }
        return side;
    }

    boolean mayReadFacts(AccountPrincipal reader, Engagement e) {
        return side(reader, e) != null || staff(reader);
    }

    /** The conversation, proposals, milestones and ratings: the parties, and the bureau once it was reported. */
    boolean mayReadWhole(AccountPrincipal reader, Engagement e) {
        return side(reader, e) != null || reader.has(Role.BUREAU) && e.wasReported();
    }

    boolean mayReadContacts(AccountPrincipal reader, Engagement e) {
        return side(reader, e) != null && e.getRevealedAt() != null;
    }

    /** The transitions of the table this reader may take now (finer conditions are the service's). */
    Set<Transition> allowed(AccountPrincipal reader, Engagement e) {
        Set<Transition> allowed = EnumSet.noneOf(Transition.class);
        Side side = side(reader, e);
        for (Transition t : Transition.values()) {
            if (side != null && t.allows(e.getState(), side)) {
                allowed.add(t);
            }
        }
        if (side != null && e.consented(side)) {
            allowed.remove(Transition.CONSENT_CONTACTS); // once per side
        }
        if (e.isReportOpen()) {
            allowed.remove(Transition.REPORT); // one open report at a time
            if (reader.has(Role.BUREAU)) {
                allowed.add(Transition.HANDLE_REPORT);
            }
        }
        return allowed;
    }

    /** The list form of {@link #mayReadFacts}. */
    Specification<Engagement> readable(AccountPrincipal reader) {
        return staff(reader) ? (root, query, cb) -> cb.conjunction() : mine(reader);
    }

    /** The reader's own engagements (as a party), for 「我的对接」. */
    Specification<Engagement> mine(AccountPrincipal reader) {
        return (root, query, cb) -> {
            Long org = reader.organizationId();
            if (org == null) {
                return cb.disjunction();
            }
            var any = cb.disjunction();
            if (reader.has(Role.ENTERPRISE)) {
                any = cb.or(any, cb.equal(root.get("enterpriseId"), org));
            }
            if (reader.has(Role.PROVIDER)) {
                any = cb.or(any, cb.equal(root.get("providerId"), org));
            }
            return any;
        };
    }

    static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
