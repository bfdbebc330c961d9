package org.jigai.provider;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Audience;
import org.jigai.account.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on a solution: the one place that decides it (the table is in {@code docs/security.md}).
 * <ul>
 *   <li>The provider that owns it reads and acts on it in every state.</li>
 *   <li>Every signed-in user reads a published solution the bureau has not hidden.</li>
 *   <li>Bureau staff and administrators also read one that is hidden, or archived after publication; nobody else
 *       reads another provider's draft, archived or hidden solution. Only the bureau hides (moderates).</li>
 * </ul>
 */
@Component
public class SolutionAccess {

    /** What a reader may do with one solution it may read. */
    public record Actions(boolean mine, boolean edit, boolean publish, boolean archive, boolean match,
            boolean moderate, boolean resubmit) {}

    public boolean mayRead(AccountPrincipal reader, SolutionSnapshot solution) {
        return owns(reader, solution) || (solution.published() && !solution.hidden())
                || (staff(reader) && solution.publishedAt() != null);
    }

    /** Whether the reader may see the needs matched to this solution: its provider, and staff who may read it. */
    public boolean mayMatch(AccountPrincipal reader, SolutionSnapshot solution) {
        return owns(reader, solution) || (staff(reader) && mayRead(reader, solution));
    }

    /** Whether the solution belongs in lists and recommendations for this reader: published, readable, not hidden. */
    public boolean listed(AccountPrincipal reader, SolutionSnapshot solution) {
        return solution.published() && !solution.hidden() && mayRead(reader, solution);
    }

    public Actions actions(AccountPrincipal reader, SolutionSnapshot solution) {
        boolean mine = owns(reader, solution) && reader.has(Role.PROVIDER);
        return new Actions(mine, mine, mine && solution.status() != SolutionStatus.PUBLISHED,
                mine && solution.status() != SolutionStatus.ARCHIVED, mayMatch(reader, solution),
                reader.has(Role.BUREAU) && solution.publishedAt() != null,
                mine && solution.hidden() && solution.resubmittedAt() == null);
    }

    /** The audience terms of a solution in the search index. */
    public Set<String> audience(SolutionSnapshot solution) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(Audience.organization(solution.organizationId()));
        if (solution.published() && !solution.hidden()) {
            terms.add(Audience.ANYONE);
        }
        if (solution.publishedAt() != null) {
            terms.add(Audience.role(Role.BUREAU));
            terms.add(Audience.role(Role.ADMIN));
        }
        return terms;
    }

    /** The list form of {@link #mayRead}. */
    Specification<Solution> readable(AccountPrincipal reader) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            any.add(cb.and(cb.equal(root.get("status"), SolutionStatus.PUBLISHED), cb.isFalse(root.get("moderation").get("hidden"))));
            if (reader.organizationId() != null) {
                any.add(cb.equal(root.get("organizationId"), reader.organizationId()));
            }
            if (staff(reader)) {
                any.add(cb.isNotNull(root.get("publishedAt")));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** The list form of {@link #listed}. */
    Specification<Solution> listable(AccountPrincipal reader) {
        Specification<Solution> published = (root, query, cb) -> cb.and(
                cb.equal(root.get("status"), SolutionStatus.PUBLISHED), cb.isFalse(root.get("moderation").get("hidden")));
        return readable(reader).and(published);
    }

    private static boolean owns(AccountPrincipal reader, SolutionSnapshot solution) {
        return reader.organizationId() != null && reader.organizationId() == solution.organizationId();
    }

    private static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
