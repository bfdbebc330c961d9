package org.jigai.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jigai.base.Formats;
import org.jigai.base.PoolMembership;
import org.jigai.engagement.EngagementEventRecorded;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementService.TrackRecord;
import org.jigai.engagement.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The track record of every provider that has one, read in one go from the collaboration module and kept until a
 * rating is shown or an engagement completes, pool membership (kept in memory by the pool module) and published cases
 * (counted once until they change): ranking asks
 * for up to 50 candidates at a time and must not query.
 */
@Component
class ProviderStandings implements Standing {

    private final EngagementService engagements;
    private final PoolMembership pool;
    private final org.jigai.base.PublishedCases cases;
    private final Clock clock;
    private volatile @Nullable Map<Long, TrackRecord> records;
    private volatile @Nullable Map<Long, Long> published;
    /** Bumped when cases are published: a count read before it is not kept. */
    private final java.util.concurrent.atomic.AtomicLong casesGeneration = new java.util.concurrent.atomic.AtomicLong();

    ProviderStandings(EngagementService engagements, PoolMembership pool, org.jigai.base.PublishedCases cases,
            Clock clock) {
        this.engagements = engagements;
        this.pool = pool;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public double of(long organizationId) {
        var r = record(organizationId);
        boolean member = pool.member(organizationId, LocalDate.now(clock.withZone(Formats.ZONE)));
        long delivered = published().getOrDefault(organizationId, 0L);
        return r == null ? Standing.fit(0, 0, 0, member, delivered)
                : Standing.fit(r.ratings(), r.average(), r.completed(), member, delivered);
    }

    private Map<Long, Long> published() {
        var current = published;
        if (current == null) {
            long generation = casesGeneration.get();
            current = Map.copyOf(cases.byProvider());
            synchronized (casesGeneration) {
                if (casesGeneration.get() == generation) {
                    published = current;
                }
            }
        }
        return current;
    }

    /** Cases published (and committed): count them again when next needed. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(org.jigai.base.PublishedCases.Changed event) {
        synchronized (casesGeneration) {
            casesGeneration.incrementAndGet();
            published = null;
        }
    }

    /** The provider's visible ratings from enterprises and completed engagements, or null without any. */
    @Nullable TrackRecord record(long organizationId) {
        var current = records;
        if (current == null) {
            current = load();
        }
        return current.get(organizationId);
    }

    private synchronized Map<Long, TrackRecord> load() {
        var current = records;
        if (current == null) {
            current = Map.copyOf(engagements.trackRecords());
            records = current;
        }
        return current;
    }

    /** New ratings shown or an engagement completed (and committed): read the records again when next needed. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(EngagementEventRecorded event) {
        if (event.transition() == Transition.SHOW_RATINGS || event.transition() == Transition.COMPLETE) {
            records = null;
        }
    }
}
