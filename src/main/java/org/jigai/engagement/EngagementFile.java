package org.jigai.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file sent in a conversation, with a proposal or with a milestone delivery; bytes in the file store. */
@Entity
@Table(name = "engagement_file")
class EngagementFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    private String fileName;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String storageKey;
    private long uploadedBy;
    private Instant createdAt;

    protected EngagementFile() {}

    EngagementFile(long engagementId, String fileName, String contentType, long size, String storageKey,
            long uploadedBy, Instant createdAt) {
        this.engagementId = engagementId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSize() { return size; }
    String getStorageKey() { return storageKey; }
}
