package org.jigai.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an import did: counts per record type and outcome, and every refused record with a Chinese message. */
public record ImportResponse(Counts created, Counts updated, Counts unchanged, List<ImportError> errors) {

    public record Counts(int organizations, int solutions, int needs) {}

    public record ImportError(@Nullable String ref, String field, String message) {}
}
