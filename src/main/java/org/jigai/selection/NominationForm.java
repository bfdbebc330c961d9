package org.jigai.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise tells about the upgrade it nominates; checked by {@link SelectionService} (a draft may be
 * incomplete; submitting needs every required part). Investment in 万元; {@code region} a district code of
 * {@link org.jigai.base.Region}; the provider that delivered is optional.
 */
public record NominationForm(@Nullable String title, @Nullable Industry industry, @Nullable String region,
        Set<Direction> directions, @Nullable String background, @Nullable String work,
        @Nullable BigDecimal investmentWan, @Nullable Long providerId, @Nullable Long projectId,
        @Nullable Long engagementId, List<CaseFigure> results) {

    public static final int TITLE_MAX = 80;
    public static final int BACKGROUND_MAX = 2000;
    public static final int WORK_MAX = 4000;
    /** What a submitted nomination tells at least: a case is a story, not a title. */
    public static final int TEXT_MIN = 50;

    public static NominationForm empty() {
        return new NominationForm(null, null, null, Set.of(), null, null, null, null, null, null, List.of());
    }
}
