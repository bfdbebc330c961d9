-- The enterprise's own page (企业信息) also holds its address.
ALTER TABLE organization ADD COLUMN address VARCHAR(200);
