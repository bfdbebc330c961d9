package org.jigai.event;

import org.jigai.base.Labeled;

/** 线上 · 线下 · 线上线下结合 */
public enum EventFormat implements Labeled {
    ONLINE, OFFLINE, HYBRID;

    @Override
    public String labelKey() {
        return "event.format." + name();
    }
}
