package org.jigai.project;

import java.math.BigDecimal;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** The library's filters; every one optional. {@code minInvestmentWan} is the band (500, 1000, 5000). */
public record LibraryFilter(@Nullable ProjectStage stage, @Nullable Integer year, @Nullable String region,
        @Nullable Industry industry, @Nullable Direction direction, @Nullable BigDecimal minInvestmentWan,
        boolean overdueOnly, @Nullable String text) {

    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null, null, false, null);
}
