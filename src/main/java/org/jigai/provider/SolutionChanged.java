package org.jigai.provider;

/** Published in the transaction that created or changed a solution (content or status); carries only its id. */
public record SolutionChanged(long solutionId) {}
