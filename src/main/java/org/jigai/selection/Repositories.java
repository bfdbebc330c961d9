package org.jigai.selection;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SelectionCallRepository extends JpaRepository<SelectionCall, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SelectionCall c where c.id = :id")
    Optional<SelectionCall> findLockedById(long id);

    Optional<SelectionCall> findByYear(int year);

    List<SelectionCall> findAllByOrderByYearDesc();

    List<SelectionCall> findByStateOrderByYearDesc(CallState state);
}

interface NominationRepository extends JpaRepository<Nomination, Long>, JpaSpecificationExecutor<Nomination> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Nomination n where n.id = :id")
    Optional<Nomination> findLockedById(long id);

    List<Nomination> findByCallIdOrderByIdAsc(long callId);

    List<Nomination> findByCallIdAndStateInOrderByIdAsc(long callId, Collection<NominationState> states);

    List<Nomination> findByEnterpriseIdOrderByIdDesc(long enterpriseId);

    List<Nomination> findByProviderIdAndStateInOrderByIdDesc(long providerId, Collection<NominationState> states);

    @Query("select n.callId from Nomination n where n.id = :id")
    Optional<Long> callIdOf(long id);

    /** Submitted nominations per call and state: call id, state, count. */
    @Query("select n.callId, n.state, count(n) from Nomination n where n.submittedAt is not null"
            + " group by n.callId, n.state")
    List<Object[]> submittedCounts();

    List<Nomination> findByStateAndIdGreaterThanOrderByIdAsc(NominationState state, long afterId,
            org.springframework.data.domain.Limit limit);

    @Query("select n.providerId, count(n) from Nomination n where n.state = org.jigai.selection.NominationState.PUBLISHED"
            + " and n.providerId is not null group by n.providerId")
    List<Object[]> publishedByProvider();
}

interface NominationFileRepository extends JpaRepository<NominationFile, Long> {
    List<NominationFile> findByNominationIdOrderByIdAsc(long nominationId);

    List<NominationFile> findByNominationIdInAndKindOrderByIdAsc(Collection<Long> nominationIds, NominationFile.Kind kind);
}

interface NominationStepRepository extends JpaRepository<NominationStep, Long> {
    List<NominationStep> findByNominationIdOrderByIdAsc(long nominationId);
}

interface ExpertDeclarationRepository extends JpaRepository<ExpertDeclaration, Long> {}

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ReviewAssignment a where a.id = :id")
    Optional<ReviewAssignment> findLockedById(long id);

    List<ReviewAssignment> findByNominationIdInOrderByIdAsc(Collection<Long> nominationIds);

    List<ReviewAssignment> findByNominationIdOrderByIdAsc(long nominationId);

    Optional<ReviewAssignment> findByNominationIdAndExpertId(long nominationId, long expertId);

    List<ReviewAssignment> findByExpertIdOrderByIdDesc(long expertId);
}

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Objection o where o.id = :id")
    Optional<Objection> findLockedById(long id);

    List<Objection> findByNominationIdInOrderByIdAsc(Collection<Long> nominationIds);

    List<Objection> findByAccountIdOrderByIdDesc(long accountId);
}
