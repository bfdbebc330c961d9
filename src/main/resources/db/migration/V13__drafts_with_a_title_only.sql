-- A draft may be saved with only its title; the full checks run when it is published.
ALTER TABLE need MODIFY description TEXT NULL;
ALTER TABLE need MODIFY industry VARCHAR(32) NULL;
ALTER TABLE need MODIFY region CHAR(6) NULL;
ALTER TABLE solution MODIFY description TEXT NULL;
