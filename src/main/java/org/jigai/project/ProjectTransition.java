package org.jigai.project;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.base.Labeled;
import org.jspecify.annotations.Nullable;

/**
 * The project's stage table (printed in {@code docs/projects.md}, checked against it by a test). Only the
 * enterprise that owns the project takes these; the bureau comments, sets cadences and skips periods instead.
 * START, COMPLETE and START_PRODUCTION carry the actual day (not in the future, not before the previous stage's
 * day); SUSPEND carries a reason; RESUME returns to the stage the project was suspended from.
 */
public enum ProjectTransition implements Labeled {
    START(EnumSet.of(ProjectStage.PLANNED), ProjectStage.UNDER_CONSTRUCTION),
    COMPLETE(EnumSet.of(ProjectStage.UNDER_CONSTRUCTION), ProjectStage.COMPLETED),
    START_PRODUCTION(EnumSet.of(ProjectStage.COMPLETED), ProjectStage.IN_PRODUCTION),
    SUSPEND(ProjectStage.SUSPENDABLE, ProjectStage.SUSPENDED),
    /** Back to the stage before the suspension. */
    RESUME(EnumSet.of(ProjectStage.SUSPENDED), null);

    private final Set<ProjectStage> from;
    private final @Nullable ProjectStage to;

    ProjectTransition(Set<ProjectStage> from, @Nullable ProjectStage to) {
        this.from = from;
        this.to = to;
    }

    public Set<ProjectStage> from() {
        return from;
    }

    /** The stage it leads to; null for RESUME, which goes back where the project was. */
    public @Nullable ProjectStage to() {
        return to;
    }

    public boolean allows(ProjectStage stage) {
        return from.contains(stage);
    }

    /** Whether it records an actual date. */
    public boolean dated() {
        return this == START || this == COMPLETE || this == START_PRODUCTION;
    }

    @Override
    public String labelKey() {
        return "project.transition." + name();
    }
}
