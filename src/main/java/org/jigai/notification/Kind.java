package org.jigai.notification;

import java.util.List;
import org.jigai.engagement.Transition;

/**
 * The kinds of notification a user may get, each with its e-mail default: messages come in the daily digest,
 * everything else at once. A kind is named after the engagement transition that causes it, or after the need's, project's, pool application's, matchmaking event's or case selection's notice.
 */
public enum Kind {
    INVITE, EXPRESS_INTEREST, ACCEPT_INVITATION, DECLINE_INVITATION, WITHDRAW_INVITATION, ACCEPT_INTEREST,
    DECLINE_INTEREST, WITHDRAW_INTEREST, SEND_MESSAGE, CONSENT_CONTACTS, CONTACTS_REVEALED, SUBMIT_PROPOSAL,
    WITHDRAW_PROPOSAL, DECLINE_PROPOSAL, ACCEPT_PROPOSAL, CLOSE, SUBMIT_MILESTONE, APPROVE_MILESTONE, REQUEST_CHANGES,
    REMIND_AUTO_APPROVAL, AUTO_APPROVE_MILESTONE, COMPLETE, CANCEL, RATE, SHOW_RATINGS, REPLY_TO_RATING, REPORT,
    HANDLE_REPORT, NEED_EXPIRING, PROJECT_REPORT_DUE_SOON, PROJECT_REPORT_DUE, PROJECT_REPORT_OVERDUE, PROJECT_COMMENT,
    PROJECT_SKIPPED, PROJECT_URGED, POOL_APPROVED, POOL_RETURNED, POOL_REJECTED, POOL_REMOVED, POOL_RENEWAL_DUE,
    EVENT_REGISTRATION_CONFIRMED, EVENT_REGISTRATION_DECLINED, EVENT_SCHEDULE_PUBLISHED, EVENT_CANCELLED,
    EVENT_REMINDER, SELECTION_NOMINATION_SUBMITTED, SELECTION_NOMINATION_PASSED, SELECTION_NOMINATION_RETURNED,
    SELECTION_REVIEW_ASSIGNED, SELECTION_CASE_SELECTED, SELECTION_CASE_NOT_SELECTED, SELECTION_CASE_DROPPED,
    SELECTION_REVIEW_ABSTAINED, SELECTION_REVIEW_REMOVED, SELECTION_OBJECTION_LODGED, SELECTION_OBJECTION_HANDLED, SELECTION_CASE_PUBLISHED;

    public static final List<Kind> ALL = List.of(values());

    public MailMode defaultMode() {
        return this == SEND_MESSAGE ? MailMode.DIGEST : MailMode.IMMEDIATE;
    }

    public String labelKey() {
        return "notification.kind." + name();
    }

    /** The sentence shown in the centre and in e-mail, with {0} the subject and {1} the detail. */
    public String textKey() {
        return "notification.text." + name();
    }

    static Kind of(Transition t) {
        return valueOf(t.name());
    }
}
