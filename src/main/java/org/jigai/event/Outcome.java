package org.jigai.event;

import org.jigai.base.Labeled;

/** What a meeting led to: 意向签约 · 后续跟进 · 无. */
public enum Outcome implements Labeled {
    INTENTION, FOLLOW_UP, NONE;

    @Override
    public String labelKey() {
        return "event.outcome." + name();
    }
}
