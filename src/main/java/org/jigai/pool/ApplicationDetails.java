package org.jigai.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jigai.base.ServiceCategory;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.jspecify.annotations.Nullable;

/**
 * One application as its reader sees it, with what the reader may do. {@code expiringBefore}: qualifications that
 * expire on or before this day (60 days after today) are flagged to the reviewer; {@code prefilled} names the answers
 * carried over from last year and not yet confirmed; {@code windowOpen} and {@code lastDay} are the dates that
 * restrict the transitions further.
 */
public record ApplicationDetails(long id, PoolYearView year, ServiceCategory category, long organizationId,
        String organizationName, ApplicationState state, @Nullable String statement,
        List<Qualification> qualifications, List<ReferenceProject> references, Set<String> prefilled,
        @Nullable Long renewedFrom, @Nullable String decisionReason, @Nullable Instant submittedAt,
        @Nullable Instant decidedAt, LocalDate expiringBefore, List<Step> steps, boolean mine, boolean mayEdit,
        Set<PoolTransition> transitions, long version) {

    /** One step of its history. */
    public record Step(PoolTransition transition, @Nullable String reason, Instant at) {}

    /** Whether a qualification is flagged: expired or ending within 60 days. */
    public boolean expiring(Qualification q) {
        return q.expiresOn() != null && !q.expiresOn().isAfter(expiringBefore);
    }
}
