package org.jigai.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An engagement as the bureau's dashboard counts it: its need, when it began, when the first proposal came, when it
 * was signed (and for how much, in 万元) and completed — days in Asia/Shanghai.
 */
public record EngagementFact(long id, long needId, LocalDate created, @Nullable LocalDate firstProposal,
        @Nullable LocalDate signed, @Nullable BigDecimal signedPriceWan, @Nullable LocalDate completed) {}
