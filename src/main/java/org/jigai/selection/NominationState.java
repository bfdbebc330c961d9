package org.jigai.selection;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.base.Labeled;

/** A nomination's states; the moves are {@link NominationTransition}'s. */
public enum NominationState implements Labeled {
    DRAFT, SUBMITTED, RETURNED, PASSED, WITHDRAWN, SELECTED, NOT_SELECTED, PUBLISHED;

    /** In review: passed the formal check, whatever the selection made of it. */
    public static final Set<NominationState> REVIEWED = EnumSet.of(PASSED, SELECTED, NOT_SELECTED, PUBLISHED);

    @Override
    public String labelKey() {
        return "selection.state." + name();
    }
}
