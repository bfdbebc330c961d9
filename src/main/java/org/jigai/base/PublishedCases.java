package org.jigai.base;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The excellent cases (优秀案例) of the bureau's annual selection once published: how many each provider delivered
 * (its standing in the ranking) and each case as the search index holds it (public). Implemented by the
 * {@code selection} module; read by the matching module without depending on it.
 */
public interface PublishedCases {

    /** No selection at all (tests of modules that do not load it). */
    PublishedCases NONE = new PublishedCases() {
        @Override
        public Map<Long, Long> byProvider() {
            return Map.of();
        }

        @Override
        public List<Case> after(long afterId, int limit) {
            return List.of();
        }

        @Override
        public Optional<Case> published(long id) {
            return Optional.empty();
        }

        @Override
        public IndexFacts indexFacts() {
            return new IndexFacts(0, null);
        }
    };

    /** A published case as the search index holds it; {@code text} is its story and its figures' names. */
    record Case(long id, long enterpriseId, int year, String title, String text, @Nullable Industry industry,
            Set<Direction> directions, @Nullable String region, Instant updatedAt) {}

    /** Provider organisation → its published cases (only those with any). */
    Map<Long, Long> byProvider();

    /** Published cases by id after the given one, at most {@code limit}: a rebuild's pages. */
    List<Case> after(long afterId, int limit);

    /** The case if it is published. */
    Optional<Case> published(long id);

    /** How many cases are published and when the last was: the index's start-up check. */
    IndexFacts indexFacts();

    /** Published after the commit when cases were published: the standing and the index follow. */
    record Changed(int year, List<Long> caseIds) {}
}
