-- Key upgrade-project library (重点技改项目库): projects through their stages, scheduled progress reports (定期调度),
-- skipped periods, bureau comments, the report cadence in force, and the reminders already sent.
CREATE TABLE project (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    ref                    VARCHAR(100)   NOT NULL,
    enterprise_id          BIGINT         NOT NULL,
    name                   VARCHAR(80)    NOT NULL,
    industry               VARCHAR(32)    NOT NULL,
    region                 VARCHAR(6)     NOT NULL,
    library_year           INT            NOT NULL,
    total_investment_wan   DECIMAL(12, 2) NOT NULL,
    equipment_investment_wan DECIMAL(12, 2) NOT NULL,
    planned_start          DATE           NOT NULL,
    planned_completion     DATE           NOT NULL,
    planned_production     DATE           NOT NULL,
    filing_number          VARCHAR(24),
    description            VARCHAR(2000),
    engagement_id          BIGINT,
    stage                  VARCHAR(24)    NOT NULL,
    stage_before_suspension VARCHAR(24),
    suspension_reason      VARCHAR(200),
    actual_start           DATE,
    actual_completion      DATE,
    actual_production      DATE,
    -- the latest filed report's figures, kept here for lists, totals and the API
    percent_complete       INT,
    invested_wan           DECIMAL(12, 2),
    last_reported_period   DATE,
    -- the due date of the oldest owed report not filed or skipped (NULL: none owed); overdue once it has passed
    oldest_missing_due     DATE,
    created_at             TIMESTAMP(6)   NOT NULL,
    updated_at             TIMESTAMP(6)   NOT NULL,
    version                BIGINT         NOT NULL,
    CONSTRAINT uk_project_ref UNIQUE (ref),
    CONSTRAINT uk_project_filing_number UNIQUE (filing_number),
    -- one project per engagement it was registered from
    CONSTRAINT uk_project_engagement UNIQUE (engagement_id),
    CONSTRAINT fk_project_enterprise FOREIGN KEY (enterprise_id) REFERENCES organization (id),
    CONSTRAINT ck_project_amounts CHECK (total_investment_wan >= 0 AND equipment_investment_wan >= 0),
    INDEX ix_project_enterprise (enterprise_id, updated_at),
    INDEX ix_project_library (library_year, stage),
    INDEX ix_project_missing (oldest_missing_due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_direction (
    project_id BIGINT      NOT NULL,
    direction  VARCHAR(32) NOT NULL,
    PRIMARY KEY (project_id, direction),
    INDEX ix_project_direction (direction),
    CONSTRAINT fk_project_direction FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_provider (
    project_id  BIGINT NOT NULL,
    provider_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, provider_id),
    CONSTRAINT fk_project_provider FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_provider_org FOREIGN KEY (provider_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Expected results as figures with units (新增产值 万元, 节能 吨标准煤 …)
CREATE TABLE project_result (
    project_id BIGINT         NOT NULL,
    position   INT            NOT NULL,
    kind       VARCHAR(16)    NOT NULL,
    amount     DECIMAL(14, 2) NOT NULL,
    unit       VARCHAR(20)    NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_result FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_stage_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    transition  VARCHAR(24)  NOT NULL,
    stage_after VARCHAR(24)  NOT NULL,
    actual_date DATE,
    reason      VARCHAR(200),
    actor_id    BIGINT,
    occurred_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_project_stage_change FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_stage_change (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per version of a period's report; a filed version is never changed, a correction is the next version.
CREATE TABLE project_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    period_start     DATE           NOT NULL,
    period_end       DATE           NOT NULL,
    report_version   INT            NOT NULL,
    status           VARCHAR(8)     NOT NULL,
    percent_complete INT            NOT NULL,
    invested_wan     DECIMAL(12, 2) NOT NULL,
    milestones       VARCHAR(1000),
    correction_note  VARCHAR(200),
    -- carried over from before the platform (history import): author_id is the bureau user who imported it
    imported         BOOLEAN        NOT NULL DEFAULT FALSE,
    author_id        BIGINT         NOT NULL,
    filed_at         TIMESTAMP(6),
    created_at       TIMESTAMP(6)   NOT NULL,
    updated_at       TIMESTAMP(6)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uk_project_report UNIQUE (project_id, period_start, report_version),
    CONSTRAINT ck_project_report_percent CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT fk_project_report FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_report_period (project_id, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_problem (
    report_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    need_id     BIGINT,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_project_problem FOREIGN KEY (report_id) REFERENCES project_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_problem_need FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_skip (
    project_id   BIGINT       NOT NULL,
    period_start DATE         NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    actor_id     BIGINT       NOT NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (project_id, period_start),
    CONSTRAINT fk_project_skip FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    occurred_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_project_comment FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_comment (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Edits of a project's description by its enterprise: who, when, which fields (for the timeline).
CREATE TABLE project_edit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    actor_id    BIGINT       NOT NULL,
    fields      VARCHAR(500) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_project_edit FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_edit (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The report cadence in force from a date on: library-wide (project_id NULL) or for one project (which wins).
CREATE TABLE project_cadence (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT,
    effective_from DATE         NOT NULL,
    cadence        VARCHAR(16)  NOT NULL,
    due_day        INT          NOT NULL,
    actor_id       BIGINT,
    set_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_project_cadence_due_day CHECK (due_day BETWEEN 1 AND 28),
    CONSTRAINT fk_project_cadence FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_cadence (project_id, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders sent for a period: offset in days from its due date (-3 before, 0 on it, 7, 14, 21 … after).
CREATE TABLE project_reminder (
    project_id   BIGINT       NOT NULL,
    period_start DATE         NOT NULL,
    offset_days  INT          NOT NULL,
    sent_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (project_id, period_start, offset_days),
    CONSTRAINT fk_project_reminder FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
