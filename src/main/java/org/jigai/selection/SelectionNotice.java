package org.jigai.selection;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something the selection tells through the notification centre: to the organisations (all their users) and users
 * named, and to bureau staff when {@code bureau}. {@code link} is the page's route; {@code title} the case or call.
 */
public record SelectionNotice(Type type, String link, String title, @Nullable String detail,
        Set<Long> organizationIds, Set<Long> userIds, boolean bureau) {

    public enum Type {
        NOMINATION_SUBMITTED, NOMINATION_PASSED, NOMINATION_RETURNED, REVIEW_ASSIGNED, CASE_SELECTED,
        CASE_NOT_SELECTED, CASE_DROPPED, REVIEW_ABSTAINED, REVIEW_REMOVED, OBJECTION_LODGED, OBJECTION_HANDLED, CASE_PUBLISHED
    }
}
