package org.jigai.event;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The weight of a possible meeting (documented in {@code docs/events.md}): both sides' preferences, the enterprise's
 * counting double, the matching engine's score of what they bring, and the bureau's must-meet flag. A 不见 from
 * either side, the same organisation, or a meeting at an earlier event without a new preference or must-meet flag
 * excludes the pair; a pair with neither a preference, a flag nor a score is not proposed.
 */
final class PairWeight {

    static final double BASE = 1;
    static final double ENTERPRISE = 2;
    static final double PROVIDER = 1;
    static final double FIT = 2;
    /** A matching score at which the fit counts fully (the engine's 高 starts at 6). */
    static final double FULL_FIT = 8;
    static final double BUREAU = 6;

    private PairWeight() {}

    static Optional<Double> of(@Nullable PreferenceLevel enterprise, @Nullable PreferenceLevel provider, double score,
            boolean bureauMust, boolean sameOrganization, boolean metBefore) {
        if (excluded(enterprise, provider, sameOrganization)) {
            return Optional.empty();
        }
        boolean wished = enterprise != null || provider != null || bureauMust;
        if (metBefore && !wished) {
            return Optional.empty();
        }
        if (!wished && score <= 0) {
            return Optional.empty();
        }
        double fit = Math.min(1, Math.max(0, score) / FULL_FIT);
        return Optional.of(BASE + ENTERPRISE * points(enterprise) + PROVIDER * points(provider) + FIT * fit
                + (bureauMust ? BUREAU : 0));
    }

    /** A 不见 from either side or the same organisation: never a meeting, whatever else is said. */
    static boolean excluded(@Nullable PreferenceLevel enterprise, @Nullable PreferenceLevel provider,
            boolean sameOrganization) {
        return sameOrganization || enterprise == PreferenceLevel.NOT || provider == PreferenceLevel.NOT;
    }

    /** 必须见 3, 可以见 1, nothing said 0. */
    static double points(@Nullable PreferenceLevel level) {
        return level == PreferenceLevel.MUST ? 3 : level == PreferenceLevel.CAN ? 1 : 0;
    }
}
