package org.jigai.project;

import java.time.LocalDate;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * A key project (total investment of at least {@link ProjectForm#KEY_PROJECT_WAN} 万元) as the bureau's dashboard
 * counts it: registered on a day, completed and in production on others (if yet).
 */
public record KeyProjectFact(LocalDate registered, @Nullable LocalDate completed, @Nullable LocalDate production,
        Industry industry, String region) {}
