package org.jigai.need;

import java.util.Set;

/** DRAFT → PUBLISHED → IN_NEGOTIATION → CONTRACTED → COMPLETED, or CLOSED / EXPIRED. */
public enum NeedStatus {
    DRAFT, PUBLISHED, IN_NEGOTIATION, CONTRACTED, COMPLETED, CLOSED, EXPIRED;

    /** Statuses in which providers and the bureau see a need in the lists. */
    public static final Set<NeedStatus> OPEN = Set.of(PUBLISHED, IN_NEGOTIATION);

    public String labelKey() {
        return "need.status." + name();
    }
}
