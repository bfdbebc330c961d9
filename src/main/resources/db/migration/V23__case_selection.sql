-- The annual selection of excellent upgrade cases (优秀案例): the bureau opens a call with its criteria; enterprises
-- nominate completed upgrades; the bureau checks them; experts, assigned per nomination, score them; the bureau
-- selects from the ranking, publishes the selection for public notice (公示) with objections, and then as final: the
-- published cases form the public showcase (看样学样).
CREATE TABLE selection_call (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_year          INT           NOT NULL,
    title              VARCHAR(100)  NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    nomination_opens   DATE          NOT NULL,
    nomination_closes  DATE          NOT NULL,
    review_closes      DATE          NOT NULL,
    notice_days        INT           NOT NULL,
    select_count       INT           NOT NULL,
    experts_per_case   INT           NOT NULL,
    score_scale        INT           NOT NULL,
    -- experts disagree when their weighted totals (0–100) differ by more than this
    spread_margin      INT           NOT NULL,
    blind              BOOLEAN       NOT NULL,
    normalised         BOOLEAN       NOT NULL,
    notice_from        DATE,
    notice_until       DATE,
    published_at       TIMESTAMP(6),
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_selection_call_year UNIQUE (call_year),
    CONSTRAINT ck_selection_call_dates CHECK (nomination_opens <= nomination_closes
        AND nomination_closes <= review_closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE selection_criterion (
    call_id   BIGINT      NOT NULL,
    position  INT         NOT NULL,
    name      VARCHAR(40) NOT NULL,
    weight    INT         NOT NULL,
    PRIMARY KEY (call_id, position),
    CONSTRAINT fk_selection_criterion FOREIGN KEY (call_id) REFERENCES selection_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id          BIGINT        NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    provider_id      BIGINT,
    project_id       BIGINT,
    engagement_id    BIGINT,
    state            VARCHAR(16)   NOT NULL,
    title            VARCHAR(80),
    industry         VARCHAR(32),
    region           VARCHAR(16),
    background       VARCHAR(2000),
    work             VARCHAR(4000),
    investment_wan   DECIMAL(14, 2),
    -- the bureau's reason when it returned the nomination, or for selecting it out of its ranking order / not
    decision_reason  VARCHAR(200),
    submitted_at     TIMESTAMP(6),
    published_at     TIMESTAMP(6),
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_nomination_call FOREIGN KEY (call_id) REFERENCES selection_call (id),
    CONSTRAINT fk_nomination_enterprise FOREIGN KEY (enterprise_id) REFERENCES organization (id),
    CONSTRAINT fk_nomination_provider FOREIGN KEY (provider_id) REFERENCES organization (id),
    INDEX ix_nomination_call (call_id, state),
    INDEX ix_nomination_enterprise (enterprise_id),
    INDEX ix_nomination_provider (provider_id, state),
    INDEX ix_nomination_published (state, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination_direction (
    nomination_id BIGINT      NOT NULL,
    direction     VARCHAR(32) NOT NULL,
    PRIMARY KEY (nomination_id, direction),
    CONSTRAINT fk_nomination_direction FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a measured result: the figure before and after the upgrade, with its unit
CREATE TABLE nomination_result (
    nomination_id BIGINT         NOT NULL,
    position      INT            NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    label         VARCHAR(40)    NOT NULL,
    unit          VARCHAR(20)    NOT NULL,
    before_value  DECIMAL(18, 4) NOT NULL,
    after_value   DECIMAL(18, 4) NOT NULL,
    PRIMARY KEY (nomination_id, position),
    CONSTRAINT fk_nomination_result FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    file_key      VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size          BIGINT        NOT NULL,
    caption       VARCHAR(100),
    created_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_nomination_file FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    INDEX ix_nomination_file (nomination_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id  BIGINT        NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    actor_id       BIGINT,
    reason         VARCHAR(200),
    at             TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_nomination_step FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    INDEX ix_nomination_step (nomination_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- what an expert declares: the organisations it works for or with (affiliations) and those it must not judge
CREATE TABLE expert_declaration (
    account_id  BIGINT        NOT NULL PRIMARY KEY,
    note        VARCHAR(500),
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_expert_declaration FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_declared_org (
    account_id       BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    relation         VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, organization_id, relation),
    CONSTRAINT fk_expert_declared_org FOREIGN KEY (account_id) REFERENCES expert_declaration (account_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_expert_declared_org_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_assignment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id   BIGINT        NOT NULL,
    expert_id       BIGINT        NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    pinned          BOOLEAN       NOT NULL,
    comment         VARCHAR(2000),
    abstain_reason  VARCHAR(200),
    assigned_at     TIMESTAMP(6)  NOT NULL,
    submitted_at    TIMESTAMP(6),
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_review_assignment UNIQUE (nomination_id, expert_id),
    CONSTRAINT fk_review_assignment_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT fk_review_assignment_expert FOREIGN KEY (expert_id) REFERENCES user_account (id),
    INDEX ix_review_assignment_expert (expert_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_score (
    assignment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    score         INT           NOT NULL,
    comment       VARCHAR(500)  NOT NULL,
    PRIMARY KEY (assignment_id, position),
    CONSTRAINT fk_review_score FOREIGN KEY (assignment_id) REFERENCES review_assignment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;


CREATE TABLE selection_objection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id    BIGINT         NOT NULL,
    account_id       BIGINT         NOT NULL,
    grounds          VARCHAR(2000)  NOT NULL,
    lodged_at        TIMESTAMP(6)   NOT NULL,
    outcome          VARCHAR(16),
    response         VARCHAR(500),
    handled_at       TIMESTAMP(6),
    handled_by       BIGINT,
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_selection_objection FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT fk_selection_objection_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    INDEX ix_selection_objection (nomination_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
