package org.jigai.pool;

import java.time.LocalDate;
import java.util.List;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A pool year as the pages show it; {@code open} says whether applications are taken today. */
public record PoolYearView(long id, int year, LocalDate opensOn, LocalDate closesOn, @Nullable String requirements,
        List<ServiceCategory> categories, boolean published, boolean open, long version) {

    public PoolYearForm toForm() {
        return new PoolYearForm(year, opensOn, closesOn, java.util.Set.copyOf(categories), requirements);
    }
}
