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
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = k.TABLE_SCHEMA AND t.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA = {{database}}
  AND t.TABLE_TYPE = 'BASE TABLE'
  AND k.CONSTRAINT_NAME = 'PRIMARY'
ORDER BY k.TABLE_NAME, k.ORDINAL_POSITION
