package org.jigai.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganizationIdAndAcceptedByIsNullAndExpiresAtAfterOrderByCreatedAtDesc(Long organizationId,
            Instant now);
}
