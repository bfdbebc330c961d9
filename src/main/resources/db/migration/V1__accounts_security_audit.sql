-- Organisations (enterprises and providers), their users, invitations, API tokens and the audit log.
CREATE TABLE organization (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    type           VARCHAR(16)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    credit_code    CHAR(18)     NOT NULL,
    region         CHAR(6)      NOT NULL,
    contact_name   VARCHAR(50)  NOT NULL,
    contact_mobile CHAR(11)     NOT NULL,
    contact_email  VARCHAR(254) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_organization_credit_code UNIQUE (credit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(50)  NOT NULL,
    password_hash      VARCHAR(100) NOT NULL,
    display_name       VARCHAR(50)  NOT NULL,
    mobile             CHAR(11),
    email              VARCHAR(254),
    organization_id    BIGINT,
    organization_admin BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    locale             VARCHAR(10),
    created_at         TIMESTAMP(6) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    organization_id BIGINT       NOT NULL,
    invited_by      BIGINT       NOT NULL,
    note            VARCHAR(50),
    created_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    accepted_by     BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES user_account (id),
    CONSTRAINT fk_invitation_accepted_by FOREIGN KEY (accepted_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash   CHAR(64)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    expires_at   TIMESTAMP(6) NOT NULL,
    revoked_at   TIMESTAMP(6),
    last_used_at TIMESTAMP(6),
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6)  NOT NULL,
    actor          VARCHAR(50)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target         VARCHAR(200),
    detail         VARCHAR(1000),
    remote_address VARCHAR(45),
    INDEX ix_audit_entry_occurred_at (occurred_at),
    INDEX ix_audit_entry_action (action)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
