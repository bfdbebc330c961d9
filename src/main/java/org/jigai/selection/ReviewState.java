package org.jigai.selection;

import org.jigai.base.Labeled;

/** An expert's review of one nomination; the moves are {@link ReviewTransition}'s. */
public enum ReviewState implements Labeled {
    PENDING, SUBMITTED, ABSTAINED, REMOVED;

    @Override
    public String labelKey() {
        return "selection.reviewState." + name();
    }
}
