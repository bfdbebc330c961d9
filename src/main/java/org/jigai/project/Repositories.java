package org.jigai.project;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findLockedById(long id);

    Optional<Project> findByRef(String ref);

    Optional<Project> findByFilingNumber(String filingNumber);

    List<Project> findByEngagementId(long engagementId);

    @Query("select p.id from Project p where p.stage <> org.jigai.project.ProjectStage.IN_PRODUCTION"
            + " or p.oldestMissingDue is not null order by p.id")
    List<Long> idsOwingReports();
}

interface StageChangeRepository extends JpaRepository<StageChange, Long> {
    List<StageChange> findByProjectIdOrderByIdAsc(long projectId);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {
    List<ProgressReport> findByProjectIdOrderByPeriodStartAscReportVersionAsc(long projectId);

    List<ProgressReport> findByProjectIdAndPeriodStartOrderByReportVersionAsc(long projectId, LocalDate periodStart);

    List<ProgressReport> findByProjectIdInAndStatus(Collection<Long> projectIds, ProgressReport.Status status);

    @Query("select r.projectId from ProgressReport r where r.id = :id")
    Optional<Long> projectOf(long id);
}

interface SkipRepository extends JpaRepository<Records.Skip, Records.PeriodKey> {
    List<Records.Skip> findByProjectId(long projectId);
}

interface CommentRepository extends JpaRepository<Records.Comment, Long> {
    List<Records.Comment> findByProjectIdOrderByIdAsc(long projectId);
}

interface EditRepository extends JpaRepository<Records.Edit, Long> {
    List<Records.Edit> findByProjectIdOrderByIdAsc(long projectId);
}

interface CadenceRepository extends JpaRepository<Records.CadenceRow, Long> {
    List<Records.CadenceRow> findByProjectIdIsNull();

    List<Records.CadenceRow> findByProjectId(long projectId);
}

interface ReminderRepository extends JpaRepository<Records.Reminder, Records.ReminderKey> {}
