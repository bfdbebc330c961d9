package org.jigai.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The small records of an event: preferences and the bureau's must-meet pairs. */
final class Records {

    private Records() {}

    @Embeddable
    record PreferenceKey(long registrationId, long targetId) implements Serializable {}

    /** A registrant's wish about another registrant. */
    @Entity
    @Table(name = "event_preference")
    static class Preference {
        @EmbeddedId
        private PreferenceKey key;
        @Enumerated(EnumType.STRING)
        private PreferenceLevel level;
        private boolean requested;
        private Instant updatedAt;

        protected Preference() {}

        Preference(long registrationId, long targetId, PreferenceLevel level, boolean requested, Instant now) {
            this.key = new PreferenceKey(registrationId, targetId);
            set(level, requested, now);
        }

        void set(PreferenceLevel level, boolean requested, Instant now) {
            this.level = level;
            this.requested = requested;
            this.updatedAt = now;
        }

        PreferenceKey getKey() { return key; }
        PreferenceLevel getLevel() { return level; }
        boolean isRequested() { return requested; }
    }

    @Embeddable
    record MustMeetKey(long eventId, long enterpriseRegistration, long providerRegistration) implements Serializable {}

    /** A pair the bureau wants to meet. */
    @Entity
    @Table(name = "event_must_meet")
    static class MustMeet {
        @EmbeddedId
        private MustMeetKey key;

        protected MustMeet() {}

        MustMeet(long eventId, long enterprise, long provider) {
            this.key = new MustMeetKey(eventId, enterprise, provider);
        }

        MustMeetKey getKey() { return key; }
    }
}
