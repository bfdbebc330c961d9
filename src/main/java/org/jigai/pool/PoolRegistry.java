package org.jigai.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigai.base.PoolMembership;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every approved membership, read in one query and kept in memory (in this JVM: one application node) until an
 * application or pool year changes (after its commit): badges are asked for on every list of solutions and matches, and the ranking asks for up to 50
 * providers at a time. A membership counts on the days of its pool's calendar year.
 */
@Component
class PoolRegistry implements PoolMembership {

    private final PoolApplicationRepository applications;
    private final PoolYearRepository years;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;
    private volatile @Nullable Map<Long, List<Badge>> members;
    /** Bumped by every change, so that a load that read before the change does not keep its stale result. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    PoolRegistry(PoolApplicationRepository applications, PoolYearRepository years,
            org.springframework.transaction.PlatformTransactionManager transactionManager, java.time.Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.years = years;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(org.jigai.base.Formats.ZONE));
    }

    @Override
    public Map<Long, List<Badge>> badges(Collection<Long> organizationIds, LocalDate day) {
        var all = current();
        Map<Long, List<Badge>> out = new HashMap<>();
        for (long id : organizationIds) {
            var held = all.getOrDefault(id, List.of()).stream().filter(b -> b.year() == day.getYear()).toList();
            if (!held.isEmpty()) {
                out.put(id, held);
            }
        }
        return out;
    }

    private Map<Long, List<Badge>> current() {
        var current = members;
        return current != null ? current : load();
    }

    private synchronized Map<Long, List<Badge>> load() {
        var current = members;
        if (current == null) {
            long started = generation.get();
            current = transactions.execute(s -> {
                Map<Long, Integer> yearOf = new HashMap<>();
                years.findAll().forEach(y -> yearOf.put(y.getId(), y.getYear()));
                Map<Long, List<Badge>> found = new HashMap<>();
                for (PoolApplication a : applications.findByState(ApplicationState.APPROVED)) {
                    Integer year = yearOf.get(a.getPoolYearId());
                    if (year != null) {
                        found.computeIfAbsent(a.getOrganizationId(), k -> new ArrayList<>())
                                .add(new Badge(year, a.getCategory()));
                    }
                }
                found.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(Badge::year).reversed()
                        .thenComparing(Badge::category)).toList());
                return Map.copyOf(found);
            });
            if (generation.get() == started) {
                members = current;
            }
        }
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PoolChanged changed) {
        generation.incrementAndGet();
        members = null;
    }
}
