package org.jigai.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a need; its bytes are in the file store under {@code storageKey}. */
@Entity
@Table(name = "need_attachment")
class NeedAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long needId;
    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String storageKey;
    private Long uploadedBy;
    private Instant createdAt;

    protected NeedAttachment() {}

    NeedAttachment(Long needId, String fileName, String contentType, long size, String storageKey, Long uploadedBy,
            Instant createdAt) {
        this.needId = needId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    Long getNeedId() { return needId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSize() { return size; }
    String getStorageKey() { return storageKey; }
    Instant getCreatedAt() { return createdAt; }
}
