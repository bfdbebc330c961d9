package org.jigai.event;

import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.engagement.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on events, registrations and meetings: the one place that decides it (see the
 * {@code event-table} in {@code docs/security.md}).
 * <ul>
 *   <li>A published event (not a draft) is public, with its sessions and counts; drafts are the bureau's and the
 *       administrators'. Only the bureau creates, changes, publishes, schedules, holds and cancels events.</li>
 *   <li>A registration is read by its organisation and staff; another registrant of the same event sees its name,
 *       side and what it brings among the suggested partners, nothing else.</li>
 *   <li>A meeting is read by its two parties (once the schedule is published) and staff; the bureau records
 *       attendance; either party and the bureau record the outcome; the enterprise starts an engagement from it.</li>
 * </ul>
 */
@Component
class EventAccess {

    boolean mayRead(@Nullable AccountPrincipal reader, MatchEvent e) {
        return e.getState() != EventState.DRAFT || (reader != null && staff(reader));
    }

    boolean mayManage(@Nullable AccountPrincipal reader) {
        return reader != null && reader.has(Role.BUREAU);
    }

    /** The organisation side a signed-in user registers as, or null when it may not register at all. */
    @Nullable Side side(@Nullable AccountPrincipal reader) {
        if (reader == null || reader.organizationId() == null) {
            return null;
        }
        return reader.has(Role.ENTERPRISE) ? Side.ENTERPRISE : reader.has(Role.PROVIDER) ? Side.PROVIDER : null;
    }

    boolean owns(@Nullable AccountPrincipal reader, EventRegistration r) {
        return reader != null && reader.organizationId() != null && reader.organizationId() == r.getOrganizationId()
                && side(reader) == r.getSide();
    }

    boolean mayReadRegistration(@Nullable AccountPrincipal reader, EventRegistration r) {
        return owns(reader, r) || (reader != null && staff(reader));
    }

    boolean mayTake(@Nullable AccountPrincipal reader, EventRegistration r, RegistrationTransition t) {
        return t.allows(r.getState()) && (t.byRegistrant() ? owns(reader, r) : mayManage(reader));
    }

    /** A party of the meeting (by its registrations) or staff; parties only once the schedule is published. */
    boolean mayReadMeeting(@Nullable AccountPrincipal reader, MatchEvent e, EventRegistration enterprise,
            EventRegistration provider) {
        if (reader != null && staff(reader)) {
            return true;
        }
        boolean published = e.getState() == EventState.SCHEDULED || e.getState() == EventState.HELD;
        return published && (owns(reader, enterprise) || owns(reader, provider));
    }

    static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
