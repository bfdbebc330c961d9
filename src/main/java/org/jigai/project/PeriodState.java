package org.jigai.project;

import org.jigai.base.Labeled;

/** Where a period's report stands on a given day. */
public enum PeriodState implements Labeled {
    /** Filed (the latest version counts). */
    FILED,
    /** Skipped by the bureau, with a reason. */
    SKIPPED,
    /** Not filed, not yet due. */
    OPEN,
    /** Not filed, due today. */
    DUE,
    /** Not filed, past its due day. */
    OVERDUE,
    /** Not filed, 14 days or more past its due day. */
    VERY_LATE;

    public boolean missing() {
        return this == OVERDUE || this == VERY_LATE;
    }

    @Override
    public String labelKey() {
        return "project.period.state." + name();
    }
}
