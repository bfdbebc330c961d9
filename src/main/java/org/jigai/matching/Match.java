package org.jigai.matching;

import java.util.List;

/** One ranked candidate: a solution, need or provider, its score, and why it matched. */
record Match(String type, long id, long organizationId, String title, double score, List<Reason> reasons) {

    /**
     * One reason, as codes and terms to be put into words by the reader's language: {@code INDUSTRY} with the
     * industry code, {@code DIRECTION} with direction codes, {@code CATEGORY} with category codes, {@code KEYWORDS}
     * with the shared terms, {@code SAME_REGION}, {@code SERVES_REGION} and {@code SAME_CITY} with a region code.
     */
    record Reason(Kind kind, List<String> values) {}

    enum Kind { INDUSTRY, DIRECTION, CATEGORY, KEYWORDS, SAME_REGION, SERVES_REGION, SAME_CITY }
}
