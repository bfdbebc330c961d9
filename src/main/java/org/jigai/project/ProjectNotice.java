package org.jigai.project;

import org.jspecify.annotations.Nullable;

/**
 * Something the enterprise behind a project is told through the notification centre: a report due soon, due today
 * or late, or a bureau comment. {@code detail} is the due day (ISO) for reminders.
 */
public record ProjectNotice(long projectId, long enterpriseId, String projectName, Type type, @Nullable String detail) {

    public enum Type { REPORT_DUE_SOON, REPORT_DUE, REPORT_OVERDUE, COMMENT }
}
