package org.jigai.engagement;

import java.util.EnumSet;
import java.util.Set;

/**
 * INVITED / INTERESTED → ACTIVE → SIGNED → COMPLETED; or DECLINED, WITHDRAWN, CLOSED (the need went to another
 * provider or was closed) and CANCELLED. The allowed moves are {@link Transition}'s.
 */
public enum EngagementState {
    INVITED, INTERESTED, ACTIVE, SIGNED, COMPLETED, DECLINED, WITHDRAWN, CLOSED, CANCELLED;

    /** Not yet signed and still going: closed when the need is signed with someone else or closed. */
    public static final Set<EngagementState> OPEN = EnumSet.of(INVITED, INTERESTED, ACTIVE);
    /** Finished one way or another: nothing but reports happens any more. */
    public static final Set<EngagementState> ENDED = EnumSet.of(DECLINED, WITHDRAWN, CLOSED, CANCELLED);

    public String labelKey() {
        return "engagement.state." + name();
    }
}
