package org.jigai.need;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedAttachmentRepository extends JpaRepository<NeedAttachment, Long> {

    List<NeedAttachment> findByNeedIdOrderByCreatedAt(Long needId);

    long countByNeedId(Long needId);
}
