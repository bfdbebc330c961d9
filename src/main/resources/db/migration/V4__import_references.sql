-- The caller's own identifiers (ref) for imported organisations, and what an imported organisation says of itself.
ALTER TABLE organization ADD COLUMN ref VARCHAR(100) NULL AFTER id;
ALTER TABLE organization ADD CONSTRAINT uk_organization_ref UNIQUE (ref);
ALTER TABLE organization ADD COLUMN description TEXT NULL;
-- Imported organisations have no contact person yet.
ALTER TABLE organization MODIFY contact_name VARCHAR(50) NULL;
ALTER TABLE organization MODIFY contact_mobile CHAR(11) NULL;
ALTER TABLE organization MODIFY contact_email VARCHAR(254) NULL;

CREATE TABLE organization_industry (
    organization_id BIGINT      NOT NULL,
    industry        VARCHAR(32) NOT NULL,
    PRIMARY KEY (organization_id, industry),
    CONSTRAINT fk_organization_industry FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
