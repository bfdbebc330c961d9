package org.jigai.need;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Audience;
import org.jigai.account.Role;
import org.jigai.base.Formats;
import org.jigai.base.PoolMembership;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on a need: the one place that decides it. The service's single-record check, its list
 * queries, the may-do flags of a page and the audience terms the search index filters on all come from here (see the
 * table in {@code docs/security.md}).
 * <ul>
 *   <li>The owning enterprise reads its needs in every state and acts on them as their lifecycle allows.</li>
 *   <li>Providers read needs open for proposals and not hidden that are offered to all providers; needs offered to
 *       pool members only ({@link Visibility#POOL_MEMBERS}) only while their organisation is a member of the provider
 *       pool on the day of reading ({@link PoolMembership}).</li>
 *   <li>Bureau staff and administrators read every need that was ever published (imported needs are published at
 *       once), hidden, closed and expired ones included; never a draft. Only the bureau moderates.</li>
 *   <li>Everyone else — other enterprises, experts — reads none: "not found", as if the need did not exist.</li>
 * </ul>
 */
@Component
public class NeedAccess {

    private final PoolMembership pool;
    private final Clock clock;

    public NeedAccess(PoolMembership pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** What a reader may do with one need it may read. */
    public record Actions(boolean mine, boolean edit, boolean publish, boolean renew, boolean close, boolean moderate,
            boolean match, boolean resubmit) {}

    public boolean mayRead(AccountPrincipal reader, NeedSnapshot need) {
        if (owns(reader, need)) {
            return true;
        }
        if (staff(reader) && need.publishedAt() != null) {
            return true;
        }
        return reader.has(Role.PROVIDER) && need.openToProviders()
                && (need.visibility() == Visibility.ALL_PROVIDERS || poolMember(reader));
    }

    /** Whether the reader's organisation is a member of the provider pool today (Asia/Shanghai). */
    public boolean poolMember(AccountPrincipal reader) {
        return reader.has(Role.PROVIDER) && reader.organizationId() != null
                && pool.member(reader.organizationId(), LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** The search-index terms this reader answers to: {@link Audience#of} plus the pool's while a member. */
    public Set<String> readerTerms(AccountPrincipal reader) {
        Set<String> terms = Audience.of(reader);
        if (poolMember(reader)) {
            terms.add(Audience.POOL_MEMBERS);
        }
        return terms;
    }

    /** Whether the reader may see recommendations for this need: its own enterprise and staff who may read it. */
    public boolean mayMatch(AccountPrincipal reader, NeedSnapshot need) {
        return owns(reader, need) || (staff(reader) && mayRead(reader, need));
    }

    /** Whether the need belongs in lists of open needs for this reader (browse lists, recommendations, leads). */
    public boolean listed(AccountPrincipal reader, NeedSnapshot need) {
        return NeedStatus.OPEN.contains(need.status()) && mayRead(reader, need);
    }

    public Actions actions(AccountPrincipal reader, NeedSnapshot need) {
        boolean mine = owns(reader, need) && reader.has(Role.ENTERPRISE);
        NeedStatus s = need.status();
        return new Actions(mine, mine && NeedLifecycle.EDITABLE.contains(s),
                mine && NeedLifecycle.PUBLISHABLE.contains(s), mine && NeedLifecycle.RENEWABLE.contains(s),
                mine && NeedLifecycle.CLOSABLE.contains(s), reader.has(Role.BUREAU) && need.publishedAt() != null,
                mayMatch(reader, need), mine && need.hidden() && need.resubmittedAt() == null
                        && NeedLifecycle.CLOSABLE.contains(s));
    }

    /**
     * Whether the reader may know which enterprise posted the need: always, unless it was published anonymously; then
     * only its own enterprise, staff, and a provider it invited or whose interest it accepted ({@code revealed}). Lists,
     * search and matches pass {@code revealed = false}: there an anonymous need stays anonymous to every provider.
     */
    public boolean showsOwner(AccountPrincipal reader, NeedSnapshot need, boolean revealed) {
        return showsOwner(reader, need.organizationId(), need.anonymous(), revealed);
    }

    /** {@link #showsOwner(AccountPrincipal, NeedSnapshot, boolean)} from the need's owner and anonymity alone. */
    public boolean showsOwner(AccountPrincipal reader, long organizationId, boolean anonymous, boolean revealed) {
        boolean owns = reader.organizationId() != null && reader.organizationId() == organizationId;
        return !anonymous || owns || staff(reader) || revealed;
    }

    /** The audience terms of a need in the search index; a reader finds it when it answers to one of them. */
    public Set<String> audience(NeedSnapshot need) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(Audience.organization(need.organizationId()));
        if (need.publishedAt() != null) {
            terms.add(Audience.role(Role.BUREAU));
            terms.add(Audience.role(Role.ADMIN));
        }
        if (openToAllProviders(need)) {
            terms.add(Audience.role(Role.PROVIDER));
        } else if (need.openToProviders() && need.visibility() == Visibility.POOL_MEMBERS) {
            terms.add(Audience.POOL_MEMBERS);
        }
        return terms;
    }

    /** The needs this reader may read, as a query: the list form of {@link #mayRead}. */
    Specification<Need> readable(AccountPrincipal reader) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (reader.organizationId() != null) {
                any.add(cb.equal(root.get("organizationId"), reader.organizationId()));
            }
            if (staff(reader)) {
                any.add(cb.isNotNull(root.get("publishedAt")));
            }
            if (reader.has(Role.PROVIDER)) {
                var visibility = poolMember(reader) ? root.get("visibility").in(Visibility.values())
                        : cb.equal(root.get("visibility"), Visibility.ALL_PROVIDERS);
                any.add(cb.and(root.get("status").in(NeedStatus.OPEN), cb.isFalse(root.get("moderation").get("hidden")),
                        visibility));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** The list form of {@link #listed}. */
    Specification<Need> listable(AccountPrincipal reader) {
        Specification<Need> open = (root, query, cb) -> root.get("status").in(NeedStatus.OPEN);
        return readable(reader).and(open);
    }

    private static boolean openToAllProviders(NeedSnapshot need) {
        return need.openToProviders() && need.visibility() == Visibility.ALL_PROVIDERS;
    }

    private static boolean owns(AccountPrincipal reader, NeedSnapshot need) {
        return reader.organizationId() != null && reader.organizationId() == need.organizationId();
    }

    private static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
