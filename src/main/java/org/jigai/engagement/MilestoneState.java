package org.jigai.engagement;

import java.util.EnumSet;
import java.util.Set;

/**
 * OPEN → SUBMITTED (the provider, with its deliverable) → APPROVED (the enterprise, or silence until the timer) or
 * CHANGES_REQUESTED (the enterprise) → SUBMITTED again.
 */
public enum MilestoneState {
    OPEN, SUBMITTED, CHANGES_REQUESTED, APPROVED;

    public static final Set<MilestoneState> SUBMITTABLE = EnumSet.of(OPEN, CHANGES_REQUESTED);

    public String labelKey() {
        return "milestone.state." + name();
    }
}
