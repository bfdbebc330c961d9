package org.jigai.provider;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProviderProfileRepository extends JpaRepository<ProviderProfile, Long>,
        JpaSpecificationExecutor<ProviderProfile> {}
