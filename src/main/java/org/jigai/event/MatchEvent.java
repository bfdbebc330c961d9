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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** One matchmaking event. Its state moves only by {@link #take}. */
@Entity
@Table(name = "match_event")
class MatchEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private @Nullable String theme;
    @Enumerated(EnumType.STRING)
    private @Nullable Industry industry;
    @Enumerated(EnumType.STRING)
    private EventFormat format;
    private @Nullable String place;
    private @Nullable String link;
    private LocalDate eventDate;
    private LocalDate registrationDeadline;
    private int slotMinutes;
    @Column(name = "tables_count")
    private int tables;
    private int capacity;
    private @Nullable String description;
    @Enumerated(EnumType.STRING)
    private EventState state = EventState.DRAFT;
    private @Nullable String cancelReason;
    private @Nullable Instant publishedAt;
    private @Nullable Instant schedulePublishedAt;
    private @Nullable Instant remindedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "match_event_session", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Session> sessions = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected MatchEvent() {}

    MatchEvent(EventForm form, Instant now) {
        this.createdAt = now;
        apply(form, now);
    }

    void apply(EventForm f, Instant now) {
        title = f.title();
        theme = f.theme();
        industry = f.industry();
        format = f.format();
        place = f.place();
        link = f.link();
        eventDate = f.date();
        registrationDeadline = f.registrationDeadline();
        slotMinutes = f.slotMinutes();
        tables = f.tables();
        capacity = f.capacity();
        description = f.description();
        sessions = new ArrayList<>(f.sessions());
        updatedAt = now;
    }

    void take(EventTransition t, @Nullable String reason, Instant now) {
        if (!t.allows(state)) {
            throw new IllegalStateException(t + " from " + state);
        }
        state = t.to();
        switch (t) {
            case PUBLISH -> publishedAt = now;
            case PUBLISH_SCHEDULE -> schedulePublishedAt = now;
            case CANCEL -> cancelReason = reason;
            case HOLD -> { }
        }
        updatedAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    /** The slots' start times, in order: slot i of the schedule starts at {@code slotStarts().get(i)}. */
    List<LocalTime> slotStarts() {
        var starts = new ArrayList<LocalTime>();
        for (Session s : sessions) {
            for (int i = 0; i < s.slots(slotMinutes); i++) {
                starts.add(s.start().plusMinutes((long) i * slotMinutes));
            }
        }
        return starts;
    }

    EventForm form() {
        return new EventForm(title, theme, industry, format, place, link, eventDate, registrationDeadline,
                List.copyOf(sessions), slotMinutes, tables, capacity, description);
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    @Nullable String getTheme() { return theme; }
    @Nullable Industry getIndustry() { return industry; }
    EventFormat getFormat() { return format; }
    @Nullable String getPlace() { return place; }
    @Nullable String getLink() { return link; }
    LocalDate getEventDate() { return eventDate; }
    LocalDate getRegistrationDeadline() { return registrationDeadline; }
    int getSlotMinutes() { return slotMinutes; }
    int getTables() { return tables; }
    int getCapacity() { return capacity; }
    @Nullable String getDescription() { return description; }
    EventState getState() { return state; }
    @Nullable String getCancelReason() { return cancelReason; }
    @Nullable Instant getPublishedAt() { return publishedAt; }
    @Nullable Instant getSchedulePublishedAt() { return schedulePublishedAt; }
    @Nullable Instant getRemindedAt() { return remindedAt; }
    List<Session> getSessions() { return sessions; }
    long getVersion() { return version; }
}
