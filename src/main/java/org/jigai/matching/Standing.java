package org.jigai.matching;

/**
 * A provider's standing as the ranking uses it: a number between -1 and 1 per organisation. From the collaboration's
 * track record (see {@link ProviderStandings}): the average of the enterprises' ratings around the middle of the
 * scale, trusted as more ratings come in, plus a little for completed engagements, for membership of this year's
 * provider pool and for published excellent cases.
 */
@FunctionalInterface
interface Standing {

    Standing NONE = organizationId -> 0;

    double of(long organizationId);

    /** What membership of the provider pool adds: as much as two completed engagements. */
    double POOL_MEMBER = 0.2;

    /** What each published excellent case the provider delivered adds, up to {@link #CASES_MAX}. */
    double PUBLISHED_CASE = 0.1;
    double CASES_MAX = 0.2;

    /**
     * {@code (average - 3) / 2 · n / (n + 3)} for n ratings with the given average overall score (1–5), plus
     * {@code 0.1} per completed engagement up to 0.3, plus {@link #POOL_MEMBER} for a member of the pool, plus
     * {@link #PUBLISHED_CASE} per published excellent case up to {@link #CASES_MAX}; clamped to [-1, 1]. One five-star
     * rating gives 0.25, ten give 0.77; a provider without ratings, completions, membership or cases stands at 0.
     */
    static double fit(long ratings, double average, long completed, boolean poolMember, long cases) {
        double rated = ratings == 0 ? 0 : (average - 3) / 2 * ratings / (ratings + 3.0);
        return Math.max(-1, Math.min(1, rated + Math.min(0.3, 0.1 * completed) + (poolMember ? POOL_MEMBER : 0)
                + Math.min(CASES_MAX, PUBLISHED_CASE * cases)));
    }
}
