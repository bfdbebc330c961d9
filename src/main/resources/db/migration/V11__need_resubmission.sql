-- A need hidden by the bureau can be edited and resubmitted by its enterprise; the bureau reviews resubmissions.
ALTER TABLE need ADD COLUMN resubmitted_at TIMESTAMP(6);
CREATE INDEX ix_need_review ON need (hidden, resubmitted_at);
