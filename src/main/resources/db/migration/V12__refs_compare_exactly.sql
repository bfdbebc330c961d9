-- A ref is the caller's identifier, compared exactly: "nt-b-21" is not "NT-B-21", and a trailing control character
-- does not make "ORG-E1" match (the table collation would compare them as equal).
ALTER TABLE organization MODIFY ref VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE solution MODIFY ref VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE need MODIFY ref VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
