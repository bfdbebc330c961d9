package org.jigai.pool;

import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** The bureau's filters on the applications list; null means any. */
public record ReviewFilter(@Nullable Integer year, @Nullable ServiceCategory category, @Nullable ApplicationState state,
        @Nullable String text) {

    public static final ReviewFilter ANY = new ReviewFilter(null, null, null, null);
}
