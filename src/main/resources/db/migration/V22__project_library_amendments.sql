-- Two changes to the project library that an earlier build wrote into V18 after V18 had landed (V18 is back as it
-- landed; databases that ran the edited V18 have their recorded checksum realigned by base.persistence.LandedMigrations):
-- one project per engagement it was registered from, and the edits of a project's description (for its timeline).
-- Written to run on both kinds of database: what exists already is left alone.
CREATE UNIQUE INDEX IF NOT EXISTS uk_project_engagement ON project (engagement_id);

CREATE TABLE IF NOT EXISTS project_edit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    actor_id    BIGINT       NOT NULL,
    fields      VARCHAR(500) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_project_edit FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    INDEX ix_project_edit (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
