-- Unique constraints (unique indexes: the same thing here) of the base tables of one database, shaped like
-- INFORMATION_SCHEMA.TABLE_CONSTRAINTS. {{database}} is replaced by the database name as a string expression.
SELECT DISTINCT
    s.TABLE_SCHEMA AS CONSTRAINT_CATALOG,
    NULL           AS CONSTRAINT_SCHEMA,
    s.INDEX_NAME   AS CONSTRAINT_NAME,
    s.TABLE_SCHEMA AS TABLE_CATALOG,
    NULL           AS TABLE_SCHEMA,
    s.TABLE_NAME   AS TABLE_NAME,
    'UNIQUE'       AS CONSTRAINT_TYPE,
    'NO'           AS IS_DEFERRABLE,
    'NO'           AS INITIALLY_DEFERRED
FROM information_schema.STATISTICS s
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = s.TABLE_SCHEMA AND t.TABLE_NAME = s.TABLE_NAME
WHERE s.TABLE_SCHEMA = {{database}}
  AND t.TABLE_TYPE = 'BASE TABLE'
  AND s.NON_UNIQUE = 0
  AND s.INDEX_NAME <> 'PRIMARY'
  AND s.COLUMN_NAME IS NOT NULL
ORDER BY s.TABLE_NAME, s.INDEX_NAME
