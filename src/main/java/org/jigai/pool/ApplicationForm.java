package org.jigai.pool;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a provider puts forward: its statement and which of its profile's qualifications and reference projects (by
 * position in the profile) the application carries.
 */
public record ApplicationForm(@Nullable String statement, List<Integer> qualifications, List<Integer> references) {

    public static final int STATEMENT_MAX = 2000;
    public static final int STATEMENT_MIN = 20;
}
