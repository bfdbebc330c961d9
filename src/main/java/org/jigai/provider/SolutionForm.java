package org.jigai.provider;

import java.math.BigDecimal;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a provider writes about a solution; checked by {@link SolutionService}. {@code references} are titles of
 * reference projects in the provider's profile; {@code null} keeps the solution's current links.
 */
public record SolutionForm(@Nullable String title, @Nullable String description, Set<ServiceCategory> categories,
        Set<Industry> industries, Set<Direction> directions, @Nullable BigDecimal priceMinWan,
        @Nullable BigDecimal priceMaxWan, @Nullable Integer deliveryWeeks, @Nullable String tags,
        @Nullable Set<String> references) {

    /** A form that leaves the solution's linked reference projects as they are (imports carry none). */
    public SolutionForm(@Nullable String title, @Nullable String description, Set<ServiceCategory> categories,
            Set<Industry> industries, Set<Direction> directions, @Nullable BigDecimal priceMinWan,
            @Nullable BigDecimal priceMaxWan, @Nullable Integer deliveryWeeks, @Nullable String tags) {
        this(title, description, categories, industries, directions, priceMinWan, priceMaxWan, deliveryWeeks, tags,
                null);
    }

    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int TAGS_MAX = 200;
    public static final int WEEKS_MAX = 520;
}
