package org.jigai.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByOrganizationIdOrderByCreatedAt(Long organizationId);

    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles"
            + " order by u.displayName, u.id")
    List<UserAccount> findEnabledWithRole(Role role);

    @Query("select u from UserAccount u where lower(u.username) like lower(concat('%', :text, '%'))"
            + " or lower(u.displayName) like lower(concat('%', :text, '%')) order by u.createdAt desc")
    Page<UserAccount> search(String text, Pageable pageable);

    @Query("select count(u) from UserAccount u where lower(u.username) like lower(concat('%', :text, '%'))"
            + " or lower(u.displayName) like lower(concat('%', :text, '%'))")
    long countSearch(String text);
}
