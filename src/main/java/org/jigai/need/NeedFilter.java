package org.jigai.need;

import java.math.BigDecimal;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * Filters for browsing published needs. {@code region} is a district code, or a city code (e.g. 370200) for
 * the whole city; {@code minBudgetWan} keeps needs whose budget reaches at least that much.
 */
public record NeedFilter(@Nullable Industry industry, @Nullable Direction direction, @Nullable String region,
        @Nullable BigDecimal minBudgetWan) {

    public static final NeedFilter NONE = new NeedFilter(null, null, null, null);
}
