package org.jigai.project;

import org.jspecify.annotations.Nullable;

/**
 * Something the enterprise behind a project is told through the notification centre: a report due soon, due today
 * or late, a bureau comment, a period the bureau skipped, or the bureau urging a missing report. {@code detail} is
 * the due day (ISO) for reminders and urging, the period's first day for a skip.
 */
public record ProjectNotice(long projectId, long enterpriseId, String projectName, Type type, @Nullable String detail) {

    public enum Type { REPORT_DUE_SOON, REPORT_DUE, REPORT_OVERDUE, COMMENT, SKIPPED, URGED }
}
