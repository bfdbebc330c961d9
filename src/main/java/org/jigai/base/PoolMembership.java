package org.jigai.base;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which organisations are members of the bureau's annual provider pool (技术改造服务商资源池) on a day, and in which
 * categories. Implemented by the {@code pool} module; read by the modules that show the badge (profiles, solutions,
 * matches, comparisons), open pool-only needs to members, and weigh a provider's standing — without depending on the
 * pool module itself. A membership holds for the calendar year of its pool, from its approval until the year ends or
 * the bureau removes it.
 */
public interface PoolMembership {

    /** No pool at all (tests of modules that do not load the pool). */
    PoolMembership NONE = new PoolMembership() {
        @Override
        public Map<Long, List<Badge>> badges(Collection<Long> organizationIds, LocalDate day) {
            return Map.of();
        }

        @Override
        public LocalDate today() {
            return LocalDate.now(Formats.ZONE);
        }
    };

    /** One membership: 「2026年度资源池成员 · 诊断咨询」. */
    record Badge(int year, ServiceCategory category) {}

    /** The memberships in force on the day of each of these organisations that has one, categories in order. */
    Map<Long, List<Badge>> badges(Collection<Long> organizationIds, LocalDate day);

    /** Today in Asia/Shanghai by the platform's clock: the day the pages show badges for. */
    LocalDate today();

    /** The memberships in force today of each of these organisations that has one. */
    default Map<Long, List<Badge>> current(Collection<Long> organizationIds) {
        return badges(organizationIds, today());
    }

    default List<Badge> badges(long organizationId, LocalDate day) {
        return badges(List.of(organizationId), day).getOrDefault(organizationId, List.of());
    }

    default boolean member(long organizationId, LocalDate day) {
        return !badges(organizationId, day).isEmpty();
    }
}
