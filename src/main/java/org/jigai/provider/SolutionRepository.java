package org.jigai.provider;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SolutionRepository extends JpaRepository<Solution, Long>, JpaSpecificationExecutor<Solution> {

    Page<Solution> findByOrganizationIdOrderByUpdatedAtDesc(Long organizationId, Pageable pageable);

    Page<Solution> findByOrganizationIdAndStatusOrderByUpdatedAtDesc(Long organizationId, SolutionStatus status,
            Pageable pageable);

    long countByOrganizationId(Long organizationId);

    java.util.Optional<Solution> findByRef(String ref);

    long countByOrganizationIdAndStatus(Long organizationId, SolutionStatus status);

    /** Published solutions that others can see (not hidden by the bureau), for a provider's standing. */
    long countByOrganizationIdAndStatusAndModerationHiddenFalse(Long organizationId, SolutionStatus status);

    java.util.List<Solution> findByIdGreaterThanAndStatusOrderByIdAsc(Long afterId, SolutionStatus status,
            org.springframework.data.domain.Limit limit);

    java.util.List<Solution> findByOrganizationIdAndStatus(Long organizationId, SolutionStatus status);

    long countByStatus(SolutionStatus status);

    @org.springframework.data.jpa.repository.Query("select max(s.updatedAt) from Solution s")
    java.time.@org.jspecify.annotations.Nullable Instant lastChange();
}
