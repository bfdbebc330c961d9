package org.jigai.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * One project in a list and in the REST API. {@code investedWan} and {@code percentComplete} are the latest filed
 * report's; {@code overdue} says a report is past its due day, {@code veryLate} 14 days or more.
 */
public record ProjectSummary(long id, String ref, long enterpriseId, String enterpriseName, String name,
        ProjectStage stage, String region, Industry industry, Set<Direction> directions, int libraryYear,
        BigDecimal totalInvestmentWan, BigDecimal equipmentInvestmentWan, @Nullable BigDecimal investedWan,
        @Nullable Integer percentComplete, @Nullable String filingNumber, LocalDate plannedCompletion,
        @Nullable LocalDate actualStart, @Nullable LocalDate actualCompletion, @Nullable LocalDate actualProduction,
        @Nullable LocalDate oldestMissingDue, boolean overdue, boolean veryLate) {}
