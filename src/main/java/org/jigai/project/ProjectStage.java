package org.jigai.project;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.base.Labeled;

/** 计划 · 在建 · 竣工 · 投产 · 暂停: where a project stands. Moves only by {@link ProjectTransition}. */
public enum ProjectStage implements Labeled {
    PLANNED, UNDER_CONSTRUCTION, COMPLETED, IN_PRODUCTION, SUSPENDED;

    /** Stages a project can be suspended from. */
    public static final Set<ProjectStage> SUSPENDABLE = EnumSet.of(PLANNED, UNDER_CONSTRUCTION, COMPLETED);

    @Override
    public String labelKey() {
        return "project.stage." + name();
    }
}
