package org.jigai.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jigai.engagement.Side;
import org.jspecify.annotations.Nullable;

/** One organisation's registration for one event: what it brings, when it is free, how many meetings it wants. */
@Entity
@Table(name = "event_registration")
class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private long organizationId;
    @Enumerated(EnumType.STRING)
    private Side side;
    @Enumerated(EnumType.STRING)
    private RegistrationState state = RegistrationState.PENDING;
    private int maxMeetings;
    private @Nullable String decisionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "event_registration_slot", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "slot")
    private Set<Integer> slots = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "event_registration_item", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "item_id")
    private Set<Long> items = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected EventRegistration() {}

    EventRegistration(long eventId, long organizationId, Side side, Instant now) {
        this.eventId = eventId;
        this.organizationId = organizationId;
        this.side = side;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(Set<Long> items, Set<Integer> slots, int maxMeetings, Instant now) {
        this.items = new HashSet<>(items);
        this.slots = new HashSet<>(slots);
        this.maxMeetings = maxMeetings;
        this.updatedAt = now;
    }

    void take(RegistrationTransition t, @Nullable String reason, Instant now) {
        if (!t.allows(state)) {
            throw new IllegalStateException(t + " from " + state);
        }
        state = t.to();
        decisionReason = reason;
        updatedAt = now;
    }

    /** Registering again after withdrawing or being declined: pending once more. */
    void again(Instant now) {
        state = RegistrationState.PENDING;
        decisionReason = null;
        updatedAt = now;
    }

    Long getId() { return id; }
    long getEventId() { return eventId; }
    long getOrganizationId() { return organizationId; }
    Side getSide() { return side; }
    RegistrationState getState() { return state; }
    int getMaxMeetings() { return maxMeetings; }
    @Nullable String getDecisionReason() { return decisionReason; }
    Set<Integer> getSlots() { return slots; }
    Set<Long> getItems() { return items; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version; }
}
