package org.jigai.base;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The bureau's moderation of one record (need, solution, provider profile): hidden with a reason its owner sees, and
 * resubmitted once by the owner after changing it; showing it again clears both. Embedded in each moderated entity
 * (columns {@code hidden}, {@code hidden_reason}, {@code resubmitted_at}).
 */
@Embeddable
public class Moderation {

    private boolean hidden;
    private @Nullable String hiddenReason;
    private @Nullable Instant resubmittedAt;

    public void hide(String reason) {
        hidden = true;
        hiddenReason = reason;
        resubmittedAt = null;
    }

    public void show() {
        hidden = false;
        hiddenReason = null;
        resubmittedAt = null;
    }

    public void resubmit(Instant now) {
        if (!hidden) {
            throw new IllegalStateException("only a hidden record is resubmitted");
        }
        resubmittedAt = now;
    }

    public boolean isHidden() { return hidden; }
    public @Nullable String getHiddenReason() { return hiddenReason; }
    public @Nullable Instant getResubmittedAt() { return resubmittedAt; }
}
