-- The bureau hides provider profiles with a reason, as it does needs and solutions.
ALTER TABLE provider_profile ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE provider_profile ADD COLUMN hidden_reason VARCHAR(200);
ALTER TABLE provider_profile ADD COLUMN resubmitted_at TIMESTAMP(6);
