package org.jigai.selection;

import org.jigai.base.Labeled;

/** DRAFT → NOMINATING → REVIEWING → NOTICE (公示) → PUBLISHED; the moves are {@link CallTransition}'s. */
public enum CallState implements Labeled {
    DRAFT, NOMINATING, REVIEWING, NOTICE, PUBLISHED;

    @Override
    public String labelKey() {
        return "selection.callState." + name();
    }
}
