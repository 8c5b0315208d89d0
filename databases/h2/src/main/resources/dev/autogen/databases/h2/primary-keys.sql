-- Primary key columns of the tables of one schema, shaped like DatabaseMetaData.getPrimaryKeys.
-- {{schema}} is replaced by the schema name as a string literal before use.
SELECT
    KCU.TABLE_CATALOG    AS TABLE_CAT,
    KCU.TABLE_SCHEMA     AS TABLE_SCHEM,
    KCU.TABLE_NAME       AS TABLE_NAME,
    KCU.COLUMN_NAME      AS COLUMN_NAME,
    KCU.ORDINAL_POSITION AS KEY_SEQ,
    KCU.CONSTRAINT_NAME  AS PK_NAME
FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
WHERE KCU.TABLE_SCHEMA = {{schema}}
  AND KCU.CONSTRAINT_SCHEMA = {{schema}}
  -- uncorrelated, so H2 runs it once: a join builds KEY_COLUMN_USAGE again for every constraint
  AND KCU.CONSTRAINT_NAME IN (
      SELECT TC.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
      WHERE TC.TABLE_SCHEMA = {{schema}} AND TC.CONSTRAINT_SCHEMA = {{schema}}
        AND TC.CONSTRAINT_TYPE = 'PRIMARY KEY')
ORDER BY KCU.TABLE_NAME, KCU.ORDINAL_POSITION
