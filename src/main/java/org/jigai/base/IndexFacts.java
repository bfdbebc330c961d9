package org.jigai.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a module tells a derived index about its records: how many are indexable, and the newest change of any
 * record (indexable or not), so that an index can tell whether it has missed something.
 */
public record IndexFacts(long indexable, @Nullable Instant lastChange) {}
