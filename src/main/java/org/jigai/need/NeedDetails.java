package org.jigai.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * A need as one reader may see it. {@code mine} says the reader's organisation owns it; the {@code may…} flags,
 * from {@link NeedAccess}, say which actions the service will accept from this reader. When {@code ownerShown} is
 * false (an anonymous need) {@code organizationName} is empty and {@code organizationId} must not be shown.
 */
public record NeedDetails(long id, @Nullable String ref, long organizationId, long version, String title, @Nullable String description, @Nullable Industry industry,
        Set<Direction> directions, @Nullable String region, @Nullable BigDecimal budgetMinWan, @Nullable BigDecimal budgetMaxWan,
        @Nullable LocalDate expectedStart, @Nullable LocalDate expectedFinish, Visibility visibility,
        ContactPreference contactPreference, NeedStatus status, @Nullable String closeReason, boolean hidden,
        @Nullable String hiddenReason, String organizationName, Instant createdAt, @Nullable Instant publishedAt,
        @Nullable Instant expiresAt, boolean mine, boolean mayEdit, boolean mayPublish, boolean mayRenew,
        boolean mayClose, boolean mayModerate, boolean mayMatch, @Nullable Instant resubmittedAt,
        boolean mayResubmit, boolean anonymous, boolean ownerShown) {

    public NeedForm toForm() {
        return new NeedForm(title, description, industry, directions, region, budgetMinWan, budgetMaxWan,
                expectedStart, expectedFinish, visibility, contactPreference, anonymous);
    }
}
