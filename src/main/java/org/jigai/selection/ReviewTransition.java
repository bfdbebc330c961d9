package org.jigai.selection;

import org.jigai.account.Role;
import org.jigai.base.Labeled;

/**
 * The review's state table (printed in {@code docs/selection.md}, checked against it by a test). The expert takes
 * its own only, while the call is in review and until its review deadline; the bureau removes a pair that is not yet
 * scored (the platform's proposal never puts it back) and may assign it again by hand.
 */
public enum ReviewTransition implements Labeled {
    SUBMIT(ReviewState.PENDING, ReviewState.SUBMITTED, Role.EXPERT, false),
    ABSTAIN(ReviewState.PENDING, ReviewState.ABSTAINED, Role.EXPERT, true),
    REMOVE(ReviewState.PENDING, ReviewState.REMOVED, Role.BUREAU, false),
    REASSIGN(ReviewState.REMOVED, ReviewState.PENDING, Role.BUREAU, false);

    private final ReviewState from;
    private final ReviewState to;
    private final Role role;
    private final boolean reasoned;

    ReviewTransition(ReviewState from, ReviewState to, Role role, boolean reasoned) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasoned = reasoned;
    }

    public ReviewState from() {
        return from;
    }

    public ReviewState to() {
        return to;
    }

    public Role role() {
        return role;
    }

    public boolean reasoned() {
        return reasoned;
    }

    public String auditAction() {
        return "REVIEW_" + name();
    }

    @Override
    public String labelKey() {
        return "selection.reviewTransition." + name();
    }
}
