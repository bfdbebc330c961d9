package org.jigai.project;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a progress report says: percent complete, investment made to date (万元), milestones, problems. */
public record ReportForm(@Nullable Integer percentComplete, @Nullable BigDecimal investedWan,
        @Nullable String milestones, List<Problem> problems, @Nullable String correctionNote) {

    public static final int MILESTONES_MAX = 1000;
    public static final int NOTE_MAX = 200;
}
