package org.jigai.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** What the selection's pages and tests read: each record holds only what its reader may see. */
public final class SelectionViews {

    private SelectionViews() {}

    /** A call; {@code counts} (nominations by state) only for staff. */
    public record CallView(long id, int year, String title, CallState state, LocalDate nominationOpens,
            LocalDate nominationCloses, LocalDate reviewCloses, int noticeDays, @Nullable LocalDate noticeFrom,
            @Nullable LocalDate noticeUntil, int selectCount, int expertsPerCase, int scoreScale, int spreadMargin,
            boolean blind, boolean normalised, List<Criterion> criteria, long version, boolean nominatingToday,
            Map<NominationState, Long> counts) {

        public CallForm toForm() {
            return new CallForm(year, title, nominationOpens, nominationCloses, reviewCloses, noticeDays, selectCount,
                    expertsPerCase, scoreScale, spreadMargin, blind, normalised, criteria);
        }
    }

    public record NominationSummary(long id, long callId, int year, String title, long enterpriseId,
            String enterpriseName, @Nullable Long providerId, @Nullable String providerName, NominationState state,
            @Nullable Industry industry, @Nullable String region, Instant updatedAt, @Nullable Instant submittedAt) {}

    public record FileView(long id, String name, String contentType, long size, @Nullable String caption) {}

    public record StepView(String action, NominationState state, @Nullable String reason, Instant at) {}

    public record NominationDetails(NominationSummary summary, NominationForm form, long version,
            @Nullable String decisionReason, List<FileView> photos, List<FileView> documents, List<StepView> history,
            boolean mine, boolean mayEdit, Set<NominationTransition> may, CallView call) {}

    /** A completed project or engagement of the enterprise a nomination can start from. */
    public record Source(@Nullable Long projectId, @Nullable Long engagementId, String title) {}

    /** A case as an expert reads it: without the applicants' names when the call is blind. */
    public record CaseText(long nominationId, String title, @Nullable Industry industry, @Nullable String region,
            Set<Direction> directions, @Nullable String background, @Nullable String work,
            @Nullable BigDecimal investmentWan, List<CaseFigure> results, @Nullable String enterpriseName,
            @Nullable String providerName, List<FileView> photos, List<FileView> documents) {}

    public record ReviewSummary(long assignmentId, long nominationId, int year, String title, ReviewState state,
            LocalDate reviewCloses, @Nullable Instant submittedAt) {}

    /** Another expert's review of the same case, as an expert reads it once its own is in: 专家 A, B … */
    public record OtherReview(String alias, ReviewState state, @Nullable Double total, List<CriterionScore> scores,
            @Nullable String comment, @Nullable String abstainReason) {}

    public record ReviewDetails(long assignmentId, long version, ReviewState state, CallView call, CaseText text,
            List<CriterionScore> scores, @Nullable String comment, @Nullable String abstainReason,
            @Nullable Double total, List<OtherReview> others, boolean mayScore) {}

    public record ExpertLoad(long id, String name, int assigned, int pending, boolean declared) {}

    /** An assignment on the board; {@code conflicted}: its expert has declared a conflict with the case since. */
    public record BoardPair(long assignmentId, long expertId, String expertName, ReviewState state, boolean pinned,
            boolean conflicted) {}

    /** One nomination on the assignment board, with the experts that may not review it and why (a label key). */
    public record BoardRow(NominationSummary nomination, List<BoardPair> pairs, Map<Long, String> conflicts) {

        public long active() {
            return pairs.stream().filter(p -> p.state() != ReviewState.REMOVED && p.state() != ReviewState.ABSTAINED)
                    .count();
        }
    }

    public record AssignmentBoard(CallView call, List<BoardRow> rows, List<ExpertLoad> experts,
            Map<Long, Integer> shortfall) {}

    public record ExpertTotal(String expertName, double total) {}

    /**
     * One case in the ranking; {@code proposed}: in the top places among the cases with their experts' scores in;
     * {@code excluded}: scores not counted because their expert has since declared a conflict.
     */
    public record RankRow(NominationSummary nomination, List<ExpertTotal> totals, int pending, double mean,
            double median, double spread, boolean disputed, double normalisedMean, int rank, int normalisedRank,
            boolean proposed, @Nullable String decisionReason, int excluded) {}

    public record RankingView(CallView call, List<RankRow> rows) {}

    public record ObjectionView(long id, long nominationId, String caseTitle, @Nullable String lodgedBy,
            String grounds, Instant lodgedAt, @Nullable ObjectionOutcome outcome, @Nullable String response,
            @Nullable Instant handledAt) {}

    public record Declaration(Map<Long, String> affiliations, Map<Long, String> conflicts, @Nullable String note,
            long version) {}

    /** A published case (or one in notice) as the public reads it. */
    public record CaseCard(long id, int year, String title, String enterpriseName, @Nullable Long providerId,
            @Nullable String providerName, @Nullable Industry industry, @Nullable String region,
            Set<Direction> directions, @Nullable BigDecimal investmentWan, @Nullable Long photoId, String teaser,
            List<CaseFigure> results) {}

    /** A public case's story: its photos are public, its documents (for the check and the review) are not. */
    public record CaseStory(CaseCard card, @Nullable String background, @Nullable String work, List<FileView> photos,
            boolean inNotice, @Nullable LocalDate noticeUntil) {}

    /**
     * The showcase's filters, every one optional; {@code ranked}: only these cases, in this order (what the search
     * index found for the reader's words).
     */
    public record CaseFilter(@Nullable Integer year, @Nullable Industry industry, @Nullable Direction direction,
            @Nullable String region, @Nullable List<Long> ranked) {

        public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);
    }
}
