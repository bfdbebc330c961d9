-- Files attached to a need; the bytes live under JIGAI_DATA_DIR/uploads, named by storage_key.
CREATE TABLE need_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    need_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_key  CHAR(36)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_need_attachment_key UNIQUE (storage_key),
    CONSTRAINT fk_need_attachment_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    INDEX ix_need_attachment_need (need_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
