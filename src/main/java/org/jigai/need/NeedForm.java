package org.jigai.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** What an enterprise writes about a need; checked by {@link NeedService}. */
public record NeedForm(@Nullable String title, @Nullable String description, @Nullable Industry industry,
        Set<Direction> directions, @Nullable String region, @Nullable BigDecimal budgetMinWan,
        @Nullable BigDecimal budgetMaxWan, @Nullable LocalDate expectedStart, @Nullable LocalDate expectedFinish,
        @Nullable Visibility visibility, @Nullable ContactPreference contactPreference, boolean anonymous) {

    /** A need published under the enterprise's name (the usual case). */
    public NeedForm(@Nullable String title, @Nullable String description, @Nullable Industry industry,
            Set<Direction> directions, @Nullable String region, @Nullable BigDecimal budgetMinWan,
            @Nullable BigDecimal budgetMaxWan, @Nullable LocalDate expectedStart, @Nullable LocalDate expectedFinish,
            @Nullable Visibility visibility, @Nullable ContactPreference contactPreference) {
        this(title, description, industry, directions, region, budgetMinWan, budgetMaxWan, expectedStart, expectedFinish,
                visibility, contactPreference, false);
    }

    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int REASON_MAX = 200;
}
