package org.jigai.event;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MatchEventRepository extends JpaRepository<MatchEvent, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from MatchEvent e where e.id = :id")
    Optional<MatchEvent> findLockedById(long id);

    List<MatchEvent> findAllByOrderByEventDateDescIdDesc();

    List<MatchEvent> findByStateInOrderByEventDateDescIdDesc(Collection<EventState> states);

    List<MatchEvent> findByStateAndEventDate(EventState state, LocalDate day);

    @Query("select e from MatchEvent e where e.eventDate >= :from and e.eventDate <= :to")
    List<MatchEvent> between(LocalDate from, LocalDate to);
}

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from EventRegistration r where r.id = :id")
    Optional<EventRegistration> findLockedById(long id);

    List<EventRegistration> findByEventIdOrderByIdAsc(long eventId);

    List<EventRegistration> findByEventIdAndStateOrderByIdAsc(long eventId, RegistrationState state);

    Optional<EventRegistration> findByEventIdAndOrganizationId(long eventId, long organizationId);

    List<EventRegistration> findByOrganizationIdOrderByIdDesc(long organizationId);

    long countByEventIdAndStateIn(long eventId, Collection<RegistrationState> states);

    List<EventRegistration> findByEventIdIn(Collection<Long> eventIds);
}

interface EventPreferenceRepository extends JpaRepository<Records.Preference, Records.PreferenceKey> {

    @Query("select p from org.jigai.event.Records$Preference p where p.key.registrationId in :registrations")
    List<Records.Preference> fromAny(Collection<Long> registrations);
}

interface EventMustMeetRepository extends JpaRepository<Records.MustMeet, Records.MustMeetKey> {
    @Query("select m from org.jigai.event.Records$MustMeet m where m.key.eventId = :eventId")
    List<Records.MustMeet> ofEvent(long eventId);
}

interface EventMeetingRepository extends JpaRepository<EventMeeting, Long> {

    List<EventMeeting> findByEventIdOrderBySlotAscTableAsc(long eventId);

    List<EventMeeting> findByEventIdIn(Collection<Long> eventIds);

    @Query("select m from EventMeeting m where m.eventId = :eventId and (m.enterpriseRegistration = :registration"
            + " or m.providerRegistration = :registration) order by m.slot")
    List<EventMeeting> of(long eventId, long registration);

    /** Pairs of organisations that met at earlier events: enterprise registration org and provider registration org. */
    @Query("select e.organizationId, p.organizationId from EventMeeting m, EventRegistration e, EventRegistration p,"
            + " MatchEvent ev where m.enterpriseRegistration = e.id and m.providerRegistration = p.id"
            + " and m.eventId = ev.id and ev.id <> :eventId and ev.state in (org.jigai.event.EventState.SCHEDULED,"
            + " org.jigai.event.EventState.HELD) and ev.eventDate < :before")
    List<Object[]> metBefore(long eventId, LocalDate before);
}
