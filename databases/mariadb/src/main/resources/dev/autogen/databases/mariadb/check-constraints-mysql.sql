-- check-constraints.sql for MySQL 8.0.16 and later, whose CHECK_CONSTRAINTS has no table (names are unique per
-- database there): the table comes from TABLE_CONSTRAINTS. {{database}} is replaced by the database name as a string
-- expression before use.
SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table' AS LEVEL
FROM information_schema.CHECK_CONSTRAINTS cc
JOIN information_schema.TABLE_CONSTRAINTS tc
  ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
 AND tc.CONSTRAINT_TYPE = 'CHECK'
WHERE cc.CONSTRAINT_SCHEMA = {{database}}
  AND tc.TABLE_NAME IN (
      -- a semi-join: joining information_schema.TABLES makes MariaDB open every table (seconds at 2,000 tables)
      SELECT t.TABLE_NAME FROM information_schema.TABLES t
      WHERE t.TABLE_SCHEMA = {{database}} AND t.TABLE_TYPE = 'BASE TABLE')
ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME
