package org.jigai.provider;

import java.math.BigDecimal;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** Filters for browsing published solutions; {@code budgetWan} keeps solutions whose lowest price fits it. */
public record SolutionFilter(@Nullable Industry industry, @Nullable Direction direction,
        @Nullable ServiceCategory category, @Nullable BigDecimal budgetWan) {

    public static final SolutionFilter NONE = new SolutionFilter(null, null, null, null);
}
