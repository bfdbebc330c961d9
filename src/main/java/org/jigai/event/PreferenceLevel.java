package org.jigai.event;

import org.jigai.base.Labeled;

/** 必须见 · 可以见 · 不见 */
public enum PreferenceLevel implements Labeled {
    MUST, CAN, NOT;

    @Override
    public String labelKey() {
        return "event.preference." + name();
    }
}
