package org.jigai.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo or document of a nomination, stored in the {@link org.jigai.base.FileStore} under its random key. */
@Entity
@Table(name = "nomination_file")
class NominationFile {

    enum Kind { PHOTO, DOCUMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long nominationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String fileKey;
    private String fileName;
    private String contentType;
    private long size;
    private @Nullable String caption;
    private Instant createdAt;

    protected NominationFile() {}

    NominationFile(long nominationId, Kind kind, String fileKey, String fileName, String contentType, long size,
            @Nullable String caption, Instant now) {
        this.nominationId = nominationId;
        this.kind = kind;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.caption = caption;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getNominationId() {
        return nominationId;
    }

    Kind getKind() {
        return kind;
    }

    String getFileKey() {
        return fileKey;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSize() {
        return size;
    }

    @Nullable String getCaption() {
        return caption;
    }
}
