-- Technology-upgrade needs (技改需求) posted by enterprises.
CREATE TABLE need (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id    BIGINT        NOT NULL,
    ref                VARCHAR(100),
    title              VARCHAR(60)   NOT NULL,
    description        TEXT          NOT NULL,
    industry           VARCHAR(32)   NOT NULL,
    region             CHAR(6)       NOT NULL,
    budget_min_wan     DECIMAL(12, 2),
    budget_max_wan     DECIMAL(12, 2),
    expected_start     DATE,
    expected_finish    DATE,
    visibility         VARCHAR(16)   NOT NULL,
    contact_preference VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    close_reason       VARCHAR(200),
    hidden             BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason      VARCHAR(200),
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    published_at       TIMESTAMP(6),
    expires_at         TIMESTAMP(6),
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_need_ref UNIQUE (ref),
    CONSTRAINT fk_need_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_need_budget CHECK (budget_min_wan IS NULL OR budget_min_wan >= 0),
    INDEX ix_need_owner_status (organization_id, status),
    INDEX ix_need_browse (status, hidden, published_at),
    INDEX ix_need_expiry (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_direction (
    need_id   BIGINT      NOT NULL,
    direction VARCHAR(32) NOT NULL,
    PRIMARY KEY (need_id, direction),
    INDEX ix_need_direction (direction),
    CONSTRAINT fk_need_direction_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
