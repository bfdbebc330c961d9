package org.jigai.pool;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jigai.base.ServiceCategory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PoolYearRepository extends JpaRepository<PoolYear, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select y from PoolYear y where y.id = :id")
    Optional<PoolYear> findLockedById(long id);

    Optional<PoolYear> findByYear(int year);

    List<PoolYear> findAllByOrderByYearDesc();
}

interface PoolApplicationRepository extends JpaRepository<PoolApplication, Long>,
        JpaSpecificationExecutor<PoolApplication> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PoolApplication a where a.id = :id")
    Optional<PoolApplication> findLockedById(long id);

    Optional<PoolApplication> findByPoolYearIdAndOrganizationIdAndCategory(long poolYearId, long organizationId,
            ServiceCategory category);

    List<PoolApplication> findByOrganizationIdOrderByIdDesc(long organizationId);

    List<PoolApplication> findByState(ApplicationState state);

    List<PoolApplication> findByPoolYearIdAndState(long poolYearId, ApplicationState state);

    long countByPoolYearIdAndCategory(long poolYearId, ServiceCategory category);

    long countByState(ApplicationState state);

    /** The latest approved application of an organisation in a category before a year: what a renewal starts from. */
    @Query("select a from PoolApplication a, PoolYear y where a.poolYearId = y.id and a.organizationId = :org"
            + " and a.category = :category and y.year < :year and a.state in :states order by y.year desc, a.id desc")
    List<PoolApplication> earlier(long org, ServiceCategory category, int year, Collection<ApplicationState> states);
}

interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {
    List<ApplicationStep> findByApplicationIdOrderByIdAsc(long applicationId);
}
