-- Two changes to the engagement table that an earlier build wrote into V16 after V16 had landed (V16 is back as it
-- landed; databases that ran the edited V16 have their recorded checksum realigned by base.persistence.LandedMigrations):
-- when an invitation or interest was accepted, and one engagement still going per need and provider instead of one
-- ever — an ended one (declined, withdrawn, closed, cancelled) may be followed by a new one, e.g. when a cancelled
-- signature puts the need back on offer. Written to run on both kinds of database: what exists already is left alone.
ALTER TABLE engagement ADD COLUMN IF NOT EXISTS accepted_at TIMESTAMP(6) AFTER revealed_at;

ALTER TABLE engagement ADD COLUMN IF NOT EXISTS live_provider_id BIGINT
    AS (IF(state IN ('DECLINED', 'WITHDRAWN', 'CLOSED', 'CANCELLED'), NULL, provider_id)) PERSISTENT;

-- the pair stays indexed (for lookups and the need's foreign key) before the old unique pair goes
CREATE INDEX IF NOT EXISTS ix_engagement_pair ON engagement (need_id, provider_id);
ALTER TABLE engagement DROP INDEX IF EXISTS uk_engagement_pair;
CREATE UNIQUE INDEX IF NOT EXISTS uk_engagement_live_pair ON engagement (need_id, live_provider_id);
