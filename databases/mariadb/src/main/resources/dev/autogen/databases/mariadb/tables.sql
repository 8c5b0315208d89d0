-- The base tables and sequences of one database with their comments (TABLE_COMMENT; '' for none). MySQL has no
-- sequences. {{database}} is replaced by the database name as a string expression before use.
SELECT t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA = {{database}}
  AND t.TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')
ORDER BY t.TABLE_NAME
