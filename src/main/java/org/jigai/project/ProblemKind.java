package org.jigai.project;

import java.util.Optional;
import org.jigai.base.Labeled;
import org.jigai.base.ServiceCategory;

/**
 * What a problem in a progress report needs help with. A problem can become a need; its kind decides which provider
 * category that need asks for (through the words the matching engine reads, see {@code category-cues.txt}).
 */
public enum ProblemKind implements Labeled {
    LAND(null), POWER(null), FINANCING(ServiceCategory.FINANCE), APPROVALS(ServiceCategory.DIAGNOSIS),
    EQUIPMENT(ServiceCategory.EQUIPMENT), TALENT(null), OTHER(null);

    private final @org.jspecify.annotations.Nullable ServiceCategory category;

    ProblemKind(@org.jspecify.annotations.Nullable ServiceCategory category) {
        this.category = category;
    }

    /** The provider category a need made of this problem implies, if any. */
    public Optional<ServiceCategory> category() {
        return Optional.ofNullable(category);
    }

    @Override
    public String labelKey() {
        return "project.problem.kind." + name();
    }

    /** The words put in the need's title so that the matching engine reads the category it implies. */
    String cueKey() {
        return "project.problem.cue." + name();
    }
}
