package org.jigai.provider;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate or status such as CNAS, CMA, ISO 9001 or 高新技术企业. */
@Embeddable
public record Qualification(String name, @Nullable String number, @Nullable String issuer,
        @Nullable LocalDate expiresOn) {

    public static final int TEXT_MAX = 100;
}
