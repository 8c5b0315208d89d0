-- Columns of the non-unique indexes of the base tables of one database, named like DatabaseMetaData.getIndexInfo.
-- Unique indexes are left out: MariaDB and MySQL make no difference between a unique constraint and a unique index,
-- and they are reported as unique constraints (the primary key as the primary key). So are parts of functional
-- indexes (no column). The indexes the database created for foreign keys are still here; the reader drops them.
-- COLLATION is 'D' for a DESC column (MariaDB 10.8 and later, MySQL 8). {{database}} is replaced by the database name as a string expression before use.
SELECT
    s.TABLE_NAME      AS TABLE_NAME,
    s.INDEX_NAME      AS INDEX_NAME,
    s.SEQ_IN_INDEX    AS ORDINAL_POSITION,
    s.COLUMN_NAME     AS COLUMN_NAME,
    s.COLLATION       AS ASC_OR_DESC
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = {{database}}
  AND s.TABLE_NAME IN (
      -- a semi-join: joining information_schema.TABLES makes MariaDB open every table (seconds at 2,000 tables)
      SELECT t.TABLE_NAME FROM information_schema.TABLES t
      WHERE t.TABLE_SCHEMA = {{database}} AND t.TABLE_TYPE = 'BASE TABLE')
  AND s.NON_UNIQUE <> 0
  AND s.COLUMN_NAME IS NOT NULL
ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
