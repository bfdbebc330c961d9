package org.jigai.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** A project the provider has delivered, with the result it achieved. */
@Embeddable
public record ReferenceProject(String title, @Enumerated(EnumType.STRING) @Nullable Industry clientIndustry,
        @Column(name = "project_year") @Nullable Integer year, @Nullable String result) {

    public static final int TITLE_MAX = 100;
    public static final int RESULT_MAX = 500;
}
