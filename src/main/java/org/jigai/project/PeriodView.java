package org.jigai.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reporting period of a project and where it stands: its filed versions (oldest first), an open draft, or the
 * bureau's reason for skipping it.
 */
public record PeriodView(Period period, PeriodState state, List<ReportView> versions, @Nullable ReportView draft,
        @Nullable String skipReason) {

    public @Nullable ReportView latest() {
        return versions.isEmpty() ? null : versions.getLast();
    }
}
