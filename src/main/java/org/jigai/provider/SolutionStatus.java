package org.jigai.provider;

/** A solution is written as a draft, published for everyone, and archived when no longer offered. */
public enum SolutionStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String labelKey() {
        return "solution.status." + name();
    }
}
