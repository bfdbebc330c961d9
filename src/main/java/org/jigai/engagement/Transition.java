package org.jigai.engagement;

import static org.jigai.engagement.EngagementState.ACTIVE;
import static org.jigai.engagement.EngagementState.CANCELLED;
import static org.jigai.engagement.EngagementState.CLOSED;
import static org.jigai.engagement.EngagementState.COMPLETED;
import static org.jigai.engagement.EngagementState.DECLINED;
import static org.jigai.engagement.EngagementState.INTERESTED;
import static org.jigai.engagement.EngagementState.INVITED;
import static org.jigai.engagement.EngagementState.SIGNED;
import static org.jigai.engagement.EngagementState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The engagement's state machine as one table: for each named transition, the states it may start from, the sides
 * that may take it and the state it leads to ({@code null}: the state stays). The entity, the service, the may-do
 * flags of {@link EngagementAccess} and the tests all read this table; {@code docs/collaboration.md} prints it.
 * Finer conditions (which proposal, which milestone, a rating not yet given) are the service's, each with its own
 * message.
 */
public enum Transition {
    INVITE(none(), sides(Side.ENTERPRISE), INVITED),
    EXPRESS_INTEREST(none(), sides(Side.PROVIDER), INTERESTED),
    ACCEPT_INVITATION(EnumSet.of(INVITED), sides(Side.PROVIDER), ACTIVE),
    DECLINE_INVITATION(EnumSet.of(INVITED), sides(Side.PROVIDER), DECLINED),
    WITHDRAW_INVITATION(EnumSet.of(INVITED), sides(Side.ENTERPRISE), WITHDRAWN),
    ACCEPT_INTEREST(EnumSet.of(INTERESTED), sides(Side.ENTERPRISE), ACTIVE),
    DECLINE_INTEREST(EnumSet.of(INTERESTED), sides(Side.ENTERPRISE), DECLINED),
    WITHDRAW_INTEREST(EnumSet.of(INTERESTED), sides(Side.PROVIDER), WITHDRAWN),
    SEND_MESSAGE(EnumSet.of(INVITED, INTERESTED, ACTIVE, SIGNED, COMPLETED), parties(), null),
    CONSENT_CONTACTS(EnumSet.of(ACTIVE, SIGNED, COMPLETED), parties(), null),
    SUBMIT_PROPOSAL(EnumSet.of(ACTIVE), sides(Side.PROVIDER), null),
    WITHDRAW_PROPOSAL(EnumSet.of(ACTIVE), sides(Side.PROVIDER), null),
    SHORTLIST(EnumSet.of(ACTIVE), sides(Side.ENTERPRISE), null),
    DECLINE_PROPOSAL(EnumSet.of(ACTIVE), sides(Side.ENTERPRISE), null),
    ACCEPT_PROPOSAL(EnumSet.of(ACTIVE), sides(Side.ENTERPRISE), SIGNED),
    CLOSE(EnumSet.of(INVITED, INTERESTED, ACTIVE), sides(Side.SYSTEM), CLOSED),
    SUBMIT_MILESTONE(EnumSet.of(SIGNED), sides(Side.PROVIDER), null),
    APPROVE_MILESTONE(EnumSet.of(SIGNED), sides(Side.ENTERPRISE), null),
    REQUEST_CHANGES(EnumSet.of(SIGNED), sides(Side.ENTERPRISE), null),
    REMIND_AUTO_APPROVAL(EnumSet.of(SIGNED), sides(Side.SYSTEM), null),
    AUTO_APPROVE_MILESTONE(EnumSet.of(SIGNED), sides(Side.SYSTEM), null),
    COMPLETE(EnumSet.of(SIGNED), sides(Side.SYSTEM), COMPLETED),
    CANCEL(EnumSet.of(ACTIVE, SIGNED), parties(), CANCELLED),
    RATE(EnumSet.of(COMPLETED), parties(), null),
    SHOW_RATINGS(EnumSet.of(COMPLETED), sides(Side.SYSTEM), null),
    REPLY_TO_RATING(EnumSet.of(COMPLETED), parties(), null),
    REPORT(EnumSet.allOf(EngagementState.class), parties(), null),
    HANDLE_REPORT(EnumSet.allOf(EngagementState.class), sides(Side.BUREAU), null);

    private final Set<EngagementState> from;
    private final Set<Side> sides;
    private final @Nullable EngagementState to;

    Transition(Set<EngagementState> from, Set<Side> sides, @Nullable EngagementState to) {
        this.from = from;
        this.sides = sides;
        this.to = to;
    }

    /** Whether this side may take this transition from this state (a start has no state: {@code null}). */
    public boolean allows(@Nullable EngagementState state, Side side) {
        boolean stateOk = state == null ? from.isEmpty() : from.contains(state);
        return stateOk && sides.contains(side);
    }

    public Set<EngagementState> from() {
        return from;
    }

    public Set<Side> sides() {
        return sides;
    }

    public @Nullable EngagementState to() {
        return to;
    }

    /** The state after this transition from {@code state}. */
    public EngagementState next(EngagementState state) {
        return to == null ? state : to;
    }

    public String labelKey() {
        return "engagement.transition." + name();
    }

    private static Set<EngagementState> none() {
        return EnumSet.noneOf(EngagementState.class);
    }

    private static Set<Side> sides(Side side) {
        return EnumSet.of(side);
    }

    private static Set<Side> parties() {
        return EnumSet.of(Side.ENTERPRISE, Side.PROVIDER);
    }
}
