package org.jigai.project;

import org.jigai.base.Labeled;

/** An expected (and later measured) result of a project, stated as a figure with its unit. */
public enum ResultKind implements Labeled {
    OUTPUT, ENERGY_SAVED, EMISSIONS_CUT, QUALITY, LABOUR, OTHER;

    @Override
    public String labelKey() {
        return "project.result.kind." + name();
    }

    /** The unit offered by default (万元, 吨标准煤 …). */
    public String unitKey() {
        return "project.result.unit." + name();
    }
}
