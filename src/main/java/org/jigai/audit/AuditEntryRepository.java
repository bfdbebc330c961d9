package org.jigai.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByActionOrderByOccurredAtDesc(String action, Pageable pageable);

    Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

    long countByAction(String action);
}
