package org.jigai.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a period's report. {@code periodInvestedWan} is the investment made within the period (this
 * report's figure less the previous period's), {@code investedWan} the cumulative one. {@code imported}: carried
 * over from before the platform ({@code author} is then who imported it).
 */
public record ReportView(long id, LocalDate periodStart, LocalDate periodEnd, int version, boolean filed,
        int percentComplete, BigDecimal investedWan, @Nullable BigDecimal periodInvestedWan,
        @Nullable String milestones, List<Problem> problems, @Nullable String correctionNote, String author,
        @Nullable Instant filedAt, boolean imported) {}
