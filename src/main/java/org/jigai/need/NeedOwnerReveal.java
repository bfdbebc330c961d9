package org.jigai.need;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A provider that may know who posted an anonymous need: the enterprise invited it or accepted its interest. */
@Entity
@Table(name = "need_owner_reveal")
class NeedOwnerReveal {

    @Embeddable
    record Key(@Column(name = "need_id") long needId, @Column(name = "provider_id") long providerId)
            implements Serializable {}

    @EmbeddedId
    private Key key;
    private Instant revealedAt;

    protected NeedOwnerReveal() {}

    NeedOwnerReveal(Key key, Instant revealedAt) {
        this.key = key;
        this.revealedAt = revealedAt;
    }
}
