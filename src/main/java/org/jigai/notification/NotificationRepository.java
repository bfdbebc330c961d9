package org.jigai.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    Page<Notification> findByUserIdOrderByIdDesc(long userId, Pageable pageable);
    Page<Notification> findByUserIdAndReadAtIsNullOrderByIdDesc(long userId, Pageable pageable);
    Page<Notification> findByUserIdAndKindInOrderByIdDesc(long userId, List<String> kinds, Pageable pageable);
    long countByUserIdAndReadAtIsNull(long userId);
    long countByUserId(long userId);
    List<Notification> findByMailStateAndCreatedAtBeforeOrderByUserIdAscIdAsc(Notification.MailState state,
            Instant before);

    @Modifying
    @Query("update Notification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
    int markAllRead(long userId, Instant now);
}

interface PreferenceRepository extends JpaRepository<Preference, Preference.Key> {
    List<Preference> findByKeyUserId(long userId);
}
