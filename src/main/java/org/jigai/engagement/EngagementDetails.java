package org.jigai.engagement;

import java.time.Instant;
import java.util.Set;
import org.jigai.account.ContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * One engagement as its reader may see it. {@code whole} says whether the reader may read the conversation, proposals,
 * milestones and ratings; {@code contacts} holds both parties' contact details once revealed, else nothing;
 * {@code may} the transitions the service will accept from this reader now.
 */
public record EngagementDetails(EngagementSummary summary, @Nullable String note, @Nullable String endReason,
        boolean whole, boolean consentedMine, boolean consentedOther, @Nullable Instant revealedAt,
        @Nullable ContactDetails enterpriseContacts, @Nullable ContactDetails providerContacts, Set<Transition> may,
        @Nullable Instant reportedAt, @Nullable String reportReason, @Nullable String reportHandling) {

    public long id() {
        return summary.id();
    }

    public boolean may(Transition t) {
        return may.contains(t);
    }
}
