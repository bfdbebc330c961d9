package org.jigai.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A project as its reader may see it, with the may-do flags of {@link ProjectAccess}: what the service will accept
 * from this reader now. {@code cadence} is the report setting in force today, {@code nextCadence} the next different
 * one already set for a later day.
 */
public record ProjectDetails(ProjectSummary summary, long version, @Nullable String description,
        java.time.LocalDate plannedStart, java.time.LocalDate plannedProduction, List<ExpectedResult> results,
        Map<Long, String> providers, @Nullable Long engagementId, @Nullable ProjectStage stageBeforeSuspension,
        @Nullable String suspensionReason, CadenceSetting cadence, @Nullable CadenceSetting nextCadence,
        boolean ownCadence, boolean mine, boolean mayEdit,
        Set<ProjectTransition> may, boolean mayReport, boolean mayMakeNeeds, boolean maySchedule) {

    public long id() {
        return summary.id();
    }

    public ProjectForm toForm() {
        var s = summary;
        return new ProjectForm(s.name(), s.industry(), s.directions(), s.region(), s.totalInvestmentWan(),
                s.equipmentInvestmentWan(), plannedStart, s.plannedCompletion(), plannedProduction, s.filingNumber(),
                description, results, providers.keySet());
    }
}
