package org.jigai.need;

import java.time.LocalDate;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** A published need as the bureau's dashboard counts it: the day it was published and how it is classified. */
public record NeedFact(long id, LocalDate published, @Nullable Industry industry, Set<Direction> directions,
        @Nullable String region) {}
