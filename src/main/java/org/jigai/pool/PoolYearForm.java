package org.jigai.pool;

import java.time.LocalDate;
import java.util.Set;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** What the bureau enters for a pool year. The service checks every field. */
public record PoolYearForm(int year, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
        Set<ServiceCategory> categories, @Nullable String requirements) {

    public static final int REQUIREMENTS_MAX = 2000;
    /** The default categories of Qingdao's pool: 诊断咨询 · 技术应用 · 检验检测. */
    public static final Set<ServiceCategory> DEFAULT_CATEGORIES = Set.of(ServiceCategory.DIAGNOSIS,
            ServiceCategory.TECH_APPLICATION, ServiceCategory.TESTING);
}
