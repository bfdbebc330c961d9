-- The annual provider pool (技术改造服务商资源池): the bureau opens a pool year with its categories, application
-- window and requirements; providers apply per category; the bureau approves, returns or rejects, and may remove a
-- member; membership holds for the pool's calendar year.
CREATE TABLE pool_year (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    pool_year     INT           NOT NULL,
    opens_on      DATE          NOT NULL,
    closes_on     DATE          NOT NULL,
    requirements  VARCHAR(2000),
    published_at  TIMESTAMP(6),
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_pool_year UNIQUE (pool_year),
    CONSTRAINT ck_pool_year_window CHECK (opens_on <= closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pool_year_category (
    pool_year_id BIGINT      NOT NULL,
    category     VARCHAR(32) NOT NULL,
    PRIMARY KEY (pool_year_id, category),
    CONSTRAINT fk_pool_year_category FOREIGN KEY (pool_year_id) REFERENCES pool_year (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pool_application (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    pool_year_id     BIGINT        NOT NULL,
    organization_id  BIGINT        NOT NULL,
    category         VARCHAR(32)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    statement        VARCHAR(2000),
    -- the application of the year before this one was pre-filled from (renewal)
    renewed_from     BIGINT,
    decision_reason  VARCHAR(200),
    submitted_at     TIMESTAMP(6),
    decided_at       TIMESTAMP(6),
    -- the smallest number of days before the year's end a renewal reminder was sent for (30, then 7)
    reminded_days    INT,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_pool_application UNIQUE (pool_year_id, organization_id, category),
    CONSTRAINT fk_pool_application_year FOREIGN KEY (pool_year_id) REFERENCES pool_year (id),
    CONSTRAINT fk_pool_application_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_pool_application_state (state, pool_year_id),
    INDEX ix_pool_application_org (organization_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the qualifications and reference projects of the profile the application puts forward, as they were then
CREATE TABLE pool_application_qualification (
    application_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    number         VARCHAR(100),
    issuer         VARCHAR(100),
    expires_on     DATE,
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_pool_application_qualification FOREIGN KEY (application_id) REFERENCES pool_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pool_application_reference (
    application_id  BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(100) NOT NULL,
    client_industry VARCHAR(32),
    project_year    INT,
    result          VARCHAR(500),
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_pool_application_reference FOREIGN KEY (application_id) REFERENCES pool_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the answers pre-filled from last year's application and not yet confirmed (STATEMENT, QUALIFICATIONS, REFERENCES)
CREATE TABLE pool_application_prefilled (
    application_id BIGINT      NOT NULL,
    field          VARCHAR(16) NOT NULL,
    PRIMARY KEY (application_id, field),
    CONSTRAINT fk_pool_application_prefilled FOREIGN KEY (application_id) REFERENCES pool_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every step of an application: submitted, returned, approved … with who took it and why
CREATE TABLE pool_application_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    transition     VARCHAR(16)  NOT NULL,
    actor_id       BIGINT,
    reason         VARCHAR(200),
    taken_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_pool_application_step FOREIGN KEY (application_id) REFERENCES pool_application (id)
        ON DELETE CASCADE,
    INDEX ix_pool_application_step (application_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
