package org.jigai.selection;

import org.jigai.base.Labeled;

/**
 * How the bureau handled an objection during the notice: upheld (the bureau may then drop the case from the
 * selection) or dismissed, always with a written response. An open objection has none and blocks publication.
 */
public enum ObjectionOutcome implements Labeled {
    UPHELD, DISMISSED;

    @Override
    public String labelKey() {
        return "selection.objection." + name();
    }
}
