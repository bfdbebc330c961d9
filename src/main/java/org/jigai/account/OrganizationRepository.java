package org.jigai.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {
    boolean existsByCreditCode(String creditCode);

    Optional<Organization> findByRef(String ref);

    Optional<Organization> findByCreditCode(String creditCode);

    Page<Organization> findAllByOrderByIdAsc(Pageable pageable);

    @org.springframework.data.jpa.repository.Query("select o.id from Organization o where o.name like %:text% order by o.id")
    java.util.List<Long> idsNamedLike(String text, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select o.id from Organization o where o.type = :type"
            + " and o.name like %:text% order by o.id")
    java.util.List<Long> idsOfTypeNamedLike(String text, Role type, org.springframework.data.domain.Limit limit);
}
