-- Collaboration (对接): one engagement joins one need and one provider; every transition is an engagement_event row
-- that feeds the history, the notification centre and e-mail.
CREATE TABLE engagement (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    need_id              BIGINT        NOT NULL,
    enterprise_id        BIGINT        NOT NULL,
    provider_id          BIGINT        NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    started_by           VARCHAR(16)   NOT NULL,
    note                 VARCHAR(500),
    shortlisted          BOOLEAN       NOT NULL DEFAULT FALSE,
    enterprise_consent_at TIMESTAMP(6),
    provider_consent_at  TIMESTAMP(6),
    revealed_at          TIMESTAMP(6),
    signed_at            TIMESTAMP(6),
    signed_price_wan     DECIMAL(12, 2),
    completed_at         TIMESTAMP(6),
    ended_at             TIMESTAMP(6),
    end_reason           VARCHAR(200),
    reported_at          TIMESTAMP(6),
    report_reason        VARCHAR(500),
    report_handling      VARCHAR(500),
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_engagement_pair UNIQUE (need_id, provider_id),
    CONSTRAINT fk_engagement_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_engagement_enterprise FOREIGN KEY (enterprise_id) REFERENCES organization (id),
    CONSTRAINT fk_engagement_provider FOREIGN KEY (provider_id) REFERENCES organization (id),
    INDEX ix_engagement_enterprise (enterprise_id, updated_at),
    INDEX ix_engagement_provider (provider_id, updated_at),
    INDEX ix_engagement_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id BIGINT       NOT NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    transition    VARCHAR(32)  NOT NULL,
    side          VARCHAR(16)  NOT NULL,
    actor_id      BIGINT,
    state_after   VARCHAR(16)  NOT NULL,
    detail        VARCHAR(500),
    CONSTRAINT fk_engagement_event FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    INDEX ix_engagement_event (engagement_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    side          VARCHAR(16)   NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    file_id       BIGINT,
    sent_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_engagement_message FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    INDEX ix_engagement_message (engagement_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far each side has read the conversation (read receipts and unread counts).
CREATE TABLE engagement_read (
    engagement_id   BIGINT      NOT NULL,
    side            VARCHAR(16) NOT NULL,
    last_message_id BIGINT      NOT NULL,
    PRIMARY KEY (engagement_id, side),
    CONSTRAINT fk_engagement_read FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files of a conversation, a proposal or a milestone delivery; bytes under JIGAI_DATA_DIR/uploads/engagements.
CREATE TABLE engagement_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    storage_key   CHAR(36)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_engagement_file_key UNIQUE (storage_key),
    CONSTRAINT fk_engagement_file FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id  BIGINT         NOT NULL,
    number         INT            NOT NULL,
    approach       VARCHAR(2000)  NOT NULL,
    scope          VARCHAR(2000)  NOT NULL,
    price_wan      DECIMAL(12, 2) NOT NULL,
    duration_days  INT            NOT NULL,
    file_id        BIGINT,
    status         VARCHAR(16)    NOT NULL,
    decline_reason VARCHAR(200),
    submitted_at   TIMESTAMP(6)   NOT NULL,
    CONSTRAINT uk_proposal_number UNIQUE (engagement_id, number),
    CONSTRAINT fk_proposal_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT ck_proposal_price CHECK (price_wan >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_milestone (
    proposal_id   BIGINT       NOT NULL,
    position      INT          NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    deliverable   VARCHAR(200) NOT NULL,
    due_date      DATE         NOT NULL,
    share_percent INT          NOT NULL,
    PRIMARY KEY (proposal_id, position),
    CONSTRAINT fk_proposal_milestone FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The signed proposal's milestones, as delivered.
CREATE TABLE milestone (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id    BIGINT        NOT NULL,
    position         INT           NOT NULL,
    name             VARCHAR(60)   NOT NULL,
    deliverable      VARCHAR(200)  NOT NULL,
    due_date         DATE          NOT NULL,
    share_percent    INT           NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    delivery_note    VARCHAR(1000),
    file_id          BIGINT,
    change_request   VARCHAR(500),
    submitted_at     TIMESTAMP(6),
    auto_approve_at  TIMESTAMP(6),
    reminded_at      TIMESTAMP(6),
    approved_at      TIMESTAMP(6),
    auto_approved    BOOLEAN       NOT NULL DEFAULT FALSE,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_milestone_position UNIQUE (engagement_id, position),
    CONSTRAINT fk_milestone_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    INDEX ix_milestone_timer (state, auto_approve_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id BIGINT        NOT NULL,
    rater_side    VARCHAR(16)   NOT NULL,
    rated_id      BIGINT        NOT NULL,
    score1        INT           NOT NULL,
    score2        INT           NOT NULL,
    score3        INT           NOT NULL,
    comment       VARCHAR(500),
    created_at    TIMESTAMP(6)  NOT NULL,
    visible_at    TIMESTAMP(6),
    reply         VARCHAR(500),
    replied_at    TIMESTAMP(6),
    CONSTRAINT uk_rating_side UNIQUE (engagement_id, rater_side),
    CONSTRAINT fk_rating_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT ck_rating_scores CHECK (score1 BETWEEN 1 AND 5 AND score2 BETWEEN 1 AND 5 AND score3 BETWEEN 1 AND 5),
    INDEX ix_rating_rated (rated_id, visible_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The notification centre: one row per recipient user; mailed_at is set when e-mail (immediate or digest) went out.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    link        VARCHAR(200)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    detail      VARCHAR(500),
    created_at  TIMESTAMP(6)  NOT NULL,
    read_at     TIMESTAMP(6),
    mail_state  VARCHAR(16)   NOT NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_notification_user (user_id, read_at, id),
    INDEX ix_notification_mail (mail_state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_preference (
    user_id BIGINT      NOT NULL,
    topic   VARCHAR(32) NOT NULL,
    mode    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, topic),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a recommendation list or search page showed and what followed (owned by matching; never shown to users).
CREATE TABLE match_impression (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    organization_id BIGINT,
    list_kind       VARCHAR(24)  NOT NULL,
    subject_id      BIGINT,
    query_text      VARCHAR(200),
    ranking_version VARCHAR(32)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    INDEX ix_match_impression_subject (list_kind, subject_id),
    INDEX ix_match_impression_org (list_kind, organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_impression_item (
    impression_id   BIGINT      NOT NULL,
    position        INT         NOT NULL,
    record_type     VARCHAR(16) NOT NULL,
    record_id       BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    score           DOUBLE      NOT NULL,
    PRIMARY KEY (impression_id, position),
    CONSTRAINT fk_match_impression_item FOREIGN KEY (impression_id) REFERENCES match_impression (id) ON DELETE CASCADE,
    INDEX ix_match_impression_item_record (record_type, record_id),
    INDEX ix_match_impression_item_org (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_outcome (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    impression_id BIGINT       NOT NULL,
    record_type   VARCHAR(16)  NOT NULL,
    record_id     BIGINT       NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    engagement_id BIGINT,
    occurred_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_match_outcome FOREIGN KEY (impression_id) REFERENCES match_impression (id) ON DELETE CASCADE,
    INDEX ix_match_outcome_impression (impression_id),
    INDEX ix_match_outcome_engagement (engagement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
