-- One-time links with which a user sets a new password after an administrator reset it; only token hashes are kept.
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    issued_by   BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6),
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_password_reset_issued_by FOREIGN KEY (issued_by) REFERENCES user_account (id),
    INDEX ix_password_reset_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
