package org.jigai.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A user's choice of e-mail for one kind of notification; without a row the kind's default applies. */
@Entity
@Table(name = "notification_preference")
class Preference {

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "topic") String topic) implements Serializable {}

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private MailMode mode;

    protected Preference() {}

    Preference(long userId, String topic, MailMode mode) {
        this.key = new Key(userId, topic);
        this.mode = mode;
    }

    void set(MailMode mode) {
        this.mode = mode;
    }

    String topic() { return key.topic(); }
    MailMode mode() { return mode; }
}
