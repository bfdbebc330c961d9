package org.jigai.provider;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProviderProfileRepository extends JpaRepository<ProviderProfile, Long>,
        JpaSpecificationExecutor<ProviderProfile> {
    java.util.List<ProviderProfile> findByOrganizationIdGreaterThanOrderByOrganizationIdAsc(Long afterId,
            org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select max(p.updatedAt) from ProviderProfile p")
    java.time.@org.jspecify.annotations.Nullable Instant lastChange();
}
