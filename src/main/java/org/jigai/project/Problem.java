package org.jigai.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A problem a progress report asks help with; {@code needId} once it was turned into a need. */
@Embeddable
public record Problem(@Enumerated(EnumType.STRING) ProblemKind kind, String description, @Nullable Long needId) {

    public static final int DESCRIPTION_MAX = 500;
    public static final int MAX = 5;
}
