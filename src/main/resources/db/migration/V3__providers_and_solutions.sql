-- Service providers' profiles and their solutions (解决方案).
CREATE TABLE provider_profile (
    organization_id BIGINT       NOT NULL PRIMARY KEY,
    description     TEXT,
    team_size       INT,
    founded_year    INT,
    contact_name    VARCHAR(50),
    contact_mobile  CHAR(11),
    contact_email   VARCHAR(254),
    updated_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_provider_profile_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_category (
    organization_id BIGINT      NOT NULL,
    category        VARCHAR(32) NOT NULL,
    PRIMARY KEY (organization_id, category),
    INDEX ix_provider_category (category),
    CONSTRAINT fk_provider_category FOREIGN KEY (organization_id) REFERENCES provider_profile (organization_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_industry (
    organization_id BIGINT      NOT NULL,
    industry        VARCHAR(32) NOT NULL,
    PRIMARY KEY (organization_id, industry),
    INDEX ix_provider_industry (industry),
    CONSTRAINT fk_provider_industry FOREIGN KEY (organization_id) REFERENCES provider_profile (organization_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_region (
    organization_id BIGINT  NOT NULL,
    region          CHAR(6) NOT NULL,
    PRIMARY KEY (organization_id, region),
    CONSTRAINT fk_provider_region FOREIGN KEY (organization_id) REFERENCES provider_profile (organization_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_qualification (
    organization_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(100) NOT NULL,
    number          VARCHAR(100),
    issuer          VARCHAR(100),
    expires_on      DATE,
    PRIMARY KEY (organization_id, position),
    CONSTRAINT fk_provider_qualification FOREIGN KEY (organization_id) REFERENCES provider_profile (organization_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_reference (
    organization_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(100) NOT NULL,
    client_industry VARCHAR(32),
    project_year    INT,
    result          VARCHAR(500),
    PRIMARY KEY (organization_id, position),
    CONSTRAINT fk_provider_reference FOREIGN KEY (organization_id) REFERENCES provider_profile (organization_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    ref             VARCHAR(100),
    title           VARCHAR(60)  NOT NULL,
    description     TEXT         NOT NULL,
    price_min_wan   DECIMAL(12, 2),
    price_max_wan   DECIMAL(12, 2),
    delivery_weeks  INT,
    tags            VARCHAR(200),
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    published_at    TIMESTAMP(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_solution_ref UNIQUE (ref),
    CONSTRAINT fk_solution_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_solution_owner_status (organization_id, status),
    INDEX ix_solution_browse (status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_category (
    solution_id BIGINT      NOT NULL,
    category    VARCHAR(32) NOT NULL,
    PRIMARY KEY (solution_id, category),
    INDEX ix_solution_category (category),
    CONSTRAINT fk_solution_category FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_industry (
    solution_id BIGINT      NOT NULL,
    industry    VARCHAR(32) NOT NULL,
    PRIMARY KEY (solution_id, industry),
    INDEX ix_solution_industry (industry),
    CONSTRAINT fk_solution_industry FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_direction (
    solution_id BIGINT      NOT NULL,
    direction   VARCHAR(32) NOT NULL,
    PRIMARY KEY (solution_id, direction),
    INDEX ix_solution_direction (direction),
    CONSTRAINT fk_solution_direction FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
