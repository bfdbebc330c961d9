-- The bureau hides solutions with a reason, as it does needs; the provider changes and resubmits them.
ALTER TABLE solution ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE solution ADD COLUMN hidden_reason VARCHAR(200);
ALTER TABLE solution ADD COLUMN resubmitted_at TIMESTAMP(6);
CREATE INDEX ix_solution_review ON solution (hidden, resubmitted_at);
