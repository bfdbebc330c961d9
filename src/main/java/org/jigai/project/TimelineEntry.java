package org.jigai.project;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project's timeline: a stage change, a filed report (or correction), a skipped period, a cadence
 * setting or a bureau comment. {@code key} is the translation of the line, {@code args} its arguments (codes and
 * dates, translated by the page), {@code text} the free text (a comment, a reason), {@code who} the person.
 */
public record TimelineEntry(Instant at, String key, Object[] args, @Nullable String text, @Nullable String who,
        boolean comment) {}
