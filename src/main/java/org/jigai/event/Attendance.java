package org.jigai.event;

import org.jigai.base.Labeled;

/** Who came to a meeting. */
public enum Attendance implements Labeled {
    BOTH, ENTERPRISE_ABSENT, PROVIDER_ABSENT, NEITHER;

    @Override
    public String labelKey() {
        return "event.attendance." + name();
    }
}
