package org.jigai.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.engagement.Side;
import org.jspecify.annotations.Nullable;

/** What the event pages and the API read. */
public final class Views {

    private Views() {}

    /** An event in lists. */
    public record EventSummary(long id, String title, @Nullable String theme, EventFormat format,
            @Nullable String place, LocalDate date, LocalDate registrationDeadline, EventState state, int registered,
            int meetings) {}

    /**
     * One event as its reader sees it, with what the reader may do: {@code mine} is the reader's registration, if
     * any; {@code mayRegister} whether it may register now (or change its registration); {@code mayManage} the
     * bureau's tools; {@code agenda} whether the reader has a published agenda.
     */
    public record EventDetails(long id, String title, @Nullable String theme, @Nullable Industry industry,
            EventFormat format, @Nullable String place, @Nullable String link, LocalDate date,
            LocalDate registrationDeadline, List<Session> sessions, int slotMinutes, List<LocalTime> slots, int tables,
            int capacity, @Nullable String description, EventState state, @Nullable String cancelReason,
            int registered, int meetings, @Nullable RegistrationView mine, boolean mayRegister, boolean mayManage,
            boolean agenda, long version) {}

    /** An item a registrant brings: a need (enterprise) or a solution (provider). */
    public record Item(long id, String title) {}

    public record RegistrationView(long id, long eventId, long organizationId, String organizationName, Side side,
            RegistrationState state, List<Item> items, Set<Integer> slots, int maxMeetings,
            @Nullable String decisionReason, Set<RegistrationTransition> transitions, long version) {}

    /**
     * A partner the engine suggests to a registrant: the other side's registration, how well what they bring fits
     * (0 when nothing scored), the reader's preference and whether it asked for the partner by name; {@code theirs}
     * is the other side's preference about the reader when the bureau reads.
     */
    public record Suggestion(long registrationId, String organizationName, List<Item> items, double fit,
            @Nullable PreferenceLevel mine, boolean requested) {}

    /**
     * A meeting as its reader sees it: {@code needs} what the enterprise brings, {@code solutions} what the provider
     * brings (each as the reader may see them), {@code enterpriseSide} whether the reader is the enterprise of the
     * meeting, {@code openNeeds} the needs it may still start an engagement for.
     */
    public record MeetingView(long id, int slot, LocalTime start, LocalTime end, int table, long enterpriseRegistration,
            String enterpriseName, long providerRegistration, String providerName, double weight, boolean pinned,
            @Nullable Attendance attendance, @Nullable Outcome outcome, @Nullable Long engagementId,
            List<Item> needs, List<Item> solutions, boolean enterpriseSide, List<Item> openNeeds,
            boolean mayRecordAttendance, boolean mayRecordOutcome, boolean mayEngage) {

        /** What the other side brings, for a party; both sides' items for staff. */
        public List<Item> partnerItems(boolean party) {
            if (!party) {
                var all = new java.util.ArrayList<>(needs);
                all.addAll(solutions);
                return all;
            }
            return enterpriseSide ? solutions : needs;
        }
    }

    /**
     * The schedule as the bureau reviews it: the meetings, their total weight, how many confirmed registrants have at
     * least 3 meetings, and how many have none.
     */
    public record Schedule(List<MeetingView> meetings, double totalWeight, int participants, int withThree,
            int withNone, List<String> violations) {}

    /** The year's figures against the plan's target of 20 events. */
    public record YearCounts(int year, int held, int planned, int registrations, int meetings, int engagements,
            int target) {}
}
