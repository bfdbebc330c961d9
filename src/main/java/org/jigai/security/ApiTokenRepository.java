package org.jigai.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Page<ApiToken> findAllByOrderByCreatedAtDesc(Pageable pageable);

    /** A bulk update, so that concurrent requests with one token never collide on the entity's version. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
    void touch(Long id, Instant now);
}
