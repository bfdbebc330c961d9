package org.jigai.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise writes about a project; checked by {@link ProjectService}. Amounts in 万元; the filing number
 * (备案号) is the national investment project code, {@code 2025-370211-34-03-012345}.
 */
public record ProjectForm(@Nullable String name, @Nullable Industry industry, Set<Direction> directions,
        @Nullable String region, @Nullable BigDecimal totalInvestmentWan, @Nullable BigDecimal equipmentInvestmentWan,
        @Nullable LocalDate plannedStart, @Nullable LocalDate plannedCompletion, @Nullable LocalDate plannedProduction,
        @Nullable String filingNumber, @Nullable String description, List<ExpectedResult> results,
        Set<Long> providerIds) {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 2000;
    /** The smallest total investment of a key project (province-wide threshold), in 万元. */
    public static final BigDecimal THRESHOLD_WAN = new BigDecimal("500");
    /** The key-project threshold of Qingdao's targets, in 万元. */
    public static final BigDecimal KEY_PROJECT_WAN = new BigDecimal("1000");
    public static final String FILING_NUMBER_PATTERN = "\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}";
}
