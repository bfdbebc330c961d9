package org.jigai.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    /** The engagement, locked until the transaction ends: every action on one engagement runs one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Engagement e where e.id = ?1")
    Optional<Engagement> findLockedById(long id);

    /** The pair's engagements, the latest first (at most one of them still going). */
    List<Engagement> findByNeedIdAndProviderIdOrderByIdDesc(long needId, long providerId);
    List<Engagement> findByNeedIdOrderByCreatedAt(long needId);
    List<Engagement> findByNeedIdAndStateIn(long needId, Collection<EngagementState> states);
    List<Engagement> findByStateAndCompletedAtBefore(EngagementState state, Instant before);
    long countByProviderIdAndState(long providerId, EngagementState state);

    @Query("select e.providerId, count(e) from Engagement e where e.state = org.jigai.engagement.EngagementState.COMPLETED "
            + "group by e.providerId")
    List<Object[]> completedByProvider();

    /** The enterprise and provider of every engagement past first contact that involves one of these organisations. */
    @Query("select e.enterpriseId, e.providerId from Engagement e where e.acceptedAt is not null"
            + " and (e.enterpriseId in ?1 or e.providerId in ?1)")
    List<Object[]> pairsInvolving(Collection<Long> organizationIds);

    List<Engagement> findByCreatedAtBefore(Instant until);

    /** Each engagement's first proposal: engagement id, when it was submitted. */
    @Query("select p.engagementId, min(p.submittedAt) from Proposal p group by p.engagementId")
    List<Object[]> firstProposals();
}

interface EngagementEventRepository extends JpaRepository<EngagementEvent, Long> {
    List<EngagementEvent> findByEngagementIdOrderByIdAsc(long engagementId);
    Optional<EngagementEvent> findFirstByEngagementIdOrderByIdDesc(long engagementId);
}

interface MessageRepository extends JpaRepository<Message, Long> {
    Page<Message> findByEngagementIdOrderByIdDesc(long engagementId, Pageable pageable);
    List<Message> findByEngagementIdAndIdGreaterThanOrderByIdAsc(long engagementId, long afterId);
    long countByEngagementIdAndSideAndIdGreaterThan(long engagementId, Side side, long afterId);
    long countByEngagementId(long engagementId);
    Optional<Message> findFirstByEngagementIdOrderByIdDesc(long engagementId);
}

interface ReadMarkRepository extends JpaRepository<ReadMark, ReadMark.Key> {}

interface EngagementFileRepository extends JpaRepository<EngagementFile, Long> {}

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByEngagementIdOrderByNumberDesc(long engagementId);
    Optional<Proposal> findFirstByEngagementIdOrderByNumberDesc(long engagementId);
}

interface MilestoneRepository extends JpaRepository<Milestone, Long> {
    List<Milestone> findByEngagementIdOrderByPosition(long engagementId);
    List<Milestone> findByStateAndAutoApproveAtBefore(MilestoneState state, Instant before);
}

interface RatingRepository extends JpaRepository<Rating, Long> {
    List<Rating> findByEngagementId(long engagementId);
    Optional<Rating> findByEngagementIdAndRaterSide(long engagementId, Side side);
    List<Rating> findByVisibleAtIsNullAndCreatedAtBefore(Instant before);

    /** Average of each score over visible ratings of the rated organisation, with their count. */
    @Query("select count(r), avg(r.score1), avg(r.score2), avg(r.score3) from Rating r "
            + "where r.ratedId = ?1 and r.raterSide = ?2 and r.visibleAt is not null")
    List<Object[]> averages(long ratedId, Side raterSide);

    /** Per rated organisation: count of visible ratings from the given side and the average of all three scores. */
    @Query("select r.ratedId, count(r), avg((r.score1 + r.score2 + r.score3) / 3.0) from Rating r "
            + "where r.raterSide = ?1 and r.visibleAt is not null group by r.ratedId")
    List<Object[]> overallByRated(Side raterSide);
}
