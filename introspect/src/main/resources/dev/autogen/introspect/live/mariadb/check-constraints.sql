-- Check constraints of one MariaDB database's base tables (names are unique per table only), with the clause as
-- MariaDB rewrites it (`price` >= 0). LEVEL is 'Column' for a check declared with a column (named after it) and
-- 'Table' otherwise. {{database}} is replaced by the database name as a string expression before use.
SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, cc.LEVEL
FROM information_schema.CHECK_CONSTRAINTS cc
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = cc.CONSTRAINT_SCHEMA AND t.TABLE_NAME = cc.TABLE_NAME
WHERE cc.CONSTRAINT_SCHEMA = {{database}}
  AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY cc.TABLE_NAME, cc.CONSTRAINT_NAME
