-- The matching module's domain synonym dictionary, one group per row (terms separated by commas), edited by
-- admins; seeded from matching/synonyms.txt on first start.
CREATE TABLE match_synonym_group (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    position   INT           NOT NULL,
    terms      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
