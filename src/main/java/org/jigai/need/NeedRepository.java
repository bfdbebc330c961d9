package org.jigai.need;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NeedRepository extends JpaRepository<Need, Long>, JpaSpecificationExecutor<Need> {

    Page<Need> findByOrganizationIdOrderByUpdatedAtDesc(Long organizationId, Pageable pageable);

    Page<Need> findByOrganizationIdAndStatusOrderByUpdatedAtDesc(Long organizationId, NeedStatus status,
            Pageable pageable);

    long countByOrganizationId(Long organizationId);

    long countByOrganizationIdAndStatus(Long organizationId, NeedStatus status);

    List<Need> findByStatusAndExpiresAtBefore(NeedStatus status, Instant now);

    java.util.Optional<Need> findByRef(String ref);

    List<Need> findByIdGreaterThanAndStatusInAndModerationHiddenFalseOrderByIdAsc(Long afterId,
            java.util.Collection<NeedStatus> statuses, org.springframework.data.domain.Limit limit);

    long countByStatusInAndModerationHiddenFalse(java.util.Collection<NeedStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select max(n.updatedAt) from Need n")
    @org.jspecify.annotations.Nullable Instant lastChange();

    List<Need> findByOrganizationIdAndStatusAndExpiresAtBeforeOrderByExpiresAtAsc(Long organizationId,
            NeedStatus status, Instant before);
}
