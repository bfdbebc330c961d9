-- The reference projects of its provider's profile that a solution names as proof (by title: a project renamed or
-- removed in the profile is no longer shown).
CREATE TABLE solution_reference (
    solution_id BIGINT       NOT NULL,
    title       VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (solution_id, title),
    CONSTRAINT fk_solution_reference FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
