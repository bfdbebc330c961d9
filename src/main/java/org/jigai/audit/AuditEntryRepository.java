package org.jigai.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByActionOrderByOccurredAtDesc(String action, Pageable pageable);

    Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

    long countByAction(String action);

    @org.springframework.data.jpa.repository.Query("select distinct a.action from AuditEntry a order by a.action")
    java.util.List<String> findDistinctActions();
}
