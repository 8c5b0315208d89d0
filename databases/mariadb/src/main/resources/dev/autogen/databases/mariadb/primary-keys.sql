-- Primary key columns of the base tables of one database, shaped like DatabaseMetaData.getPrimaryKeys. A database is
-- a catalog to JDBC here: TABLE_CAT is its name, TABLE_SCHEM is NULL. {{database}} is replaced by the database name as
-- a string expression before use.
SELECT
    k.TABLE_SCHEMA      AS TABLE_CAT,
    NULL                AS TABLE_SCHEM,
    k.TABLE_NAME        AS TABLE_NAME,
    k.COLUMN_NAME       AS COLUMN_NAME,
    k.ORDINAL_POSITION  AS KEY_SEQ,
    k.CONSTRAINT_NAME   AS PK_NAME
FROM information_schema.KEY_COLUMN_USAGE k
WHERE k.TABLE_SCHEMA = {{database}}
  AND k.TABLE_NAME IN (
      -- a semi-join: joining information_schema.TABLES makes MariaDB open every table (seconds at 2,000 tables)
      SELECT t.TABLE_NAME FROM information_schema.TABLES t
      WHERE t.TABLE_SCHEMA = {{database}} AND t.TABLE_TYPE = 'BASE TABLE')
  AND k.CONSTRAINT_NAME = 'PRIMARY'
ORDER BY k.TABLE_NAME, k.ORDINAL_POSITION
