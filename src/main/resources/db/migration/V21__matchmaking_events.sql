-- Matchmaking events (供需对接活动): the bureau's events with their sessions split into meeting slots, the
-- registrations of enterprises and providers (what they bring, when they are free), their preferences for partners,
-- the bureau's must-meet pairs, and the one-to-one meetings of the schedule with attendance and outcome.
CREATE TABLE match_event (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(80)   NOT NULL,
    theme                  VARCHAR(200),
    industry               VARCHAR(32),
    format                 VARCHAR(16)   NOT NULL,
    place                  VARCHAR(200),
    link                   VARCHAR(300),
    event_date             DATE          NOT NULL,
    registration_deadline  DATE          NOT NULL,
    slot_minutes           INT           NOT NULL,
    tables_count           INT           NOT NULL,
    capacity               INT           NOT NULL,
    description            VARCHAR(2000),
    state                  VARCHAR(16)   NOT NULL,
    cancel_reason          VARCHAR(200),
    published_at           TIMESTAMP(6),
    schedule_published_at  TIMESTAMP(6),
    reminded_at            TIMESTAMP(6),
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT ck_match_event_slot CHECK (slot_minutes BETWEEN 15 AND 30),
    INDEX ix_match_event_date (event_date, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_event_session (
    event_id  BIGINT NOT NULL,
    position  INT    NOT NULL,
    starts_at TIME   NOT NULL,
    ends_at   TIME   NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_match_event_session FOREIGN KEY (event_id) REFERENCES match_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_registration (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id         BIGINT       NOT NULL,
    organization_id  BIGINT       NOT NULL,
    side             VARCHAR(16)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    max_meetings     INT          NOT NULL,
    decision_reason  VARCHAR(200),
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_event_registration UNIQUE (event_id, organization_id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES match_event (id),
    CONSTRAINT fk_event_registration_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_event_registration_org (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the slots (0-based, in the order of the sessions) the registrant is free in
CREATE TABLE event_registration_slot (
    registration_id BIGINT NOT NULL,
    slot            INT    NOT NULL,
    PRIMARY KEY (registration_id, slot),
    CONSTRAINT fk_event_registration_slot FOREIGN KEY (registration_id) REFERENCES event_registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the needs (enterprise) or solutions (provider) the registrant brings
CREATE TABLE event_registration_item (
    registration_id BIGINT NOT NULL,
    item_id         BIGINT NOT NULL,
    PRIMARY KEY (registration_id, item_id),
    CONSTRAINT fk_event_registration_item FOREIGN KEY (registration_id) REFERENCES event_registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a registrant's wish about another registrant: MUST (必须见), CAN (可以见), NOT (不见); requested = asked for by name
CREATE TABLE event_preference (
    registration_id BIGINT      NOT NULL,
    target_id       BIGINT      NOT NULL,
    level           VARCHAR(8)  NOT NULL,
    requested       BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (registration_id, target_id),
    CONSTRAINT fk_event_preference_from FOREIGN KEY (registration_id) REFERENCES event_registration (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_event_preference_to FOREIGN KEY (target_id) REFERENCES event_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the bureau's must-meet pairs
CREATE TABLE event_must_meet (
    event_id                 BIGINT NOT NULL,
    enterprise_registration  BIGINT NOT NULL,
    provider_registration    BIGINT NOT NULL,
    PRIMARY KEY (event_id, enterprise_registration, provider_registration),
    CONSTRAINT fk_event_must_meet FOREIGN KEY (event_id) REFERENCES match_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_meeting (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id                 BIGINT       NOT NULL,
    slot                     INT          NOT NULL,
    table_no                 INT          NOT NULL,
    enterprise_registration  BIGINT       NOT NULL,
    provider_registration    BIGINT       NOT NULL,
    weight                   DOUBLE       NOT NULL,
    pinned                   BOOLEAN      NOT NULL DEFAULT FALSE,
    attendance               VARCHAR(24),
    outcome                  VARCHAR(16),
    engagement_id            BIGINT,
    created_at               TIMESTAMP(6) NOT NULL,
    updated_at               TIMESTAMP(6) NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uk_event_meeting_pair UNIQUE (event_id, enterprise_registration, provider_registration),
    CONSTRAINT fk_event_meeting_event FOREIGN KEY (event_id) REFERENCES match_event (id),
    CONSTRAINT fk_event_meeting_enterprise FOREIGN KEY (enterprise_registration) REFERENCES event_registration (id),
    CONSTRAINT fk_event_meeting_provider FOREIGN KEY (provider_registration) REFERENCES event_registration (id),
    INDEX ix_event_meeting_slot (event_id, slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
