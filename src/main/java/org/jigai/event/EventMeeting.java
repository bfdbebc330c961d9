package org.jigai.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-to-one meeting of the schedule: an enterprise and a provider, a slot, a table. */
@Entity
@Table(name = "event_meeting")
class EventMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private int slot;
    @Column(name = "table_no")
    private int table;
    @Column(name = "enterprise_registration")
    private long enterpriseRegistration;
    @Column(name = "provider_registration")
    private long providerRegistration;
    private double weight;
    private boolean pinned;
    @Enumerated(EnumType.STRING)
    private @Nullable Attendance attendance;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    private @Nullable Long engagementId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected EventMeeting() {}

    EventMeeting(long eventId, MeetingScheduler.Meeting m, long enterpriseRegistration, long providerRegistration,
            double weight, boolean pinned, Instant now) {
        this.eventId = eventId;
        this.slot = m.slot();
        this.table = m.table();
        this.enterpriseRegistration = enterpriseRegistration;
        this.providerRegistration = providerRegistration;
        this.weight = weight;
        this.pinned = pinned;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void move(int slot, int table, Instant now) {
        this.slot = slot;
        this.table = table;
        this.pinned = true;
        this.updatedAt = now;
    }

    void pin(boolean pinned, Instant now) {
        this.pinned = pinned;
        this.updatedAt = now;
    }

    void record(@Nullable Attendance attendance, @Nullable Outcome outcome, Instant now) {
        this.attendance = attendance;
        this.outcome = outcome;
        this.updatedAt = now;
    }

    void linkEngagement(long engagementId, Instant now) {
        this.engagementId = engagementId;
        this.updatedAt = now;
    }

    Long getId() { return id; }
    long getEventId() { return eventId; }
    int getSlot() { return slot; }
    int getTable() { return table; }
    long getEnterpriseRegistration() { return enterpriseRegistration; }
    long getProviderRegistration() { return providerRegistration; }
    double getWeight() { return weight; }
    boolean isPinned() { return pinned; }
    @Nullable Attendance getAttendance() { return attendance; }
    @Nullable Outcome getOutcome() { return outcome; }
    @Nullable Long getEngagementId() { return engagementId; }
    long getVersion() { return version; }
}
