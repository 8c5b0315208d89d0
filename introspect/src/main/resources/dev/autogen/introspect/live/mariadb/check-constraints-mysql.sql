-- check-constraints.sql for MySQL 8.0.16 and later, whose CHECK_CONSTRAINTS has no table (names are unique per
-- database there): the table comes from TABLE_CONSTRAINTS. {{database}} is replaced by the database name as a string
-- expression before use.
SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table' AS LEVEL
FROM information_schema.CHECK_CONSTRAINTS cc
JOIN information_schema.TABLE_CONSTRAINTS tc
  ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
 AND tc.CONSTRAINT_TYPE = 'CHECK'
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = tc.TABLE_SCHEMA AND t.TABLE_NAME = tc.TABLE_NAME
WHERE cc.CONSTRAINT_SCHEMA = {{database}}
  AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME
