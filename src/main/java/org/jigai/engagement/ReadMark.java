package org.jigai.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far one side has read an engagement's conversation. */
@Entity
@Table(name = "engagement_read")
class ReadMark {

    @Embeddable
    record Key(@Column(name = "engagement_id") long engagementId,
            @Column(name = "side") @Enumerated(EnumType.STRING) Side side) implements Serializable {}

    @EmbeddedId
    private Key key;
    private long lastMessageId;

    protected ReadMark() {}

    ReadMark(long engagementId, Side side, long lastMessageId) {
        this.key = new Key(engagementId, side);
        this.lastMessageId = lastMessageId;
    }

    boolean advanceTo(long messageId) {
        if (messageId > lastMessageId) {
            lastMessageId = messageId;
            return true;
        }
        return false;
    }

    long getLastMessageId() { return lastMessageId; }
}
