-- Spring Modulith's JPA event publication registry: every event handed to an @ApplicationModuleListener is
-- recorded in the publishing transaction and marked complete when the listener succeeds; incomplete ones are
-- resubmitted at start-up (so a crash loses no search-index update).
CREATE TABLE event_publication (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6),
    last_resubmission_date DATETIME(6),
    completion_attempts    INT          NOT NULL DEFAULT 0,
    status                 VARCHAR(32),
    PRIMARY KEY (id),
    INDEX ix_event_publication_incomplete (completion_date, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_publication_archive (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6),
    last_resubmission_date DATETIME(6),
    completion_attempts    INT          NOT NULL DEFAULT 0,
    status                 VARCHAR(32),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
