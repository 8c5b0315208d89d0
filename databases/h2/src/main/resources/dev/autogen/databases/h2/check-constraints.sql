-- The conditions of the check constraints on the tables of one schema, shaped like
-- INFORMATION_SCHEMA.CHECK_CONSTRAINTS; H2 stores them rewritten ("PRICE" >= 0). {{schema}} is replaced by the schema
-- name as a string literal before use.
SELECT
    CC.CONSTRAINT_CATALOG,
    CC.CONSTRAINT_SCHEMA,
    CC.CONSTRAINT_NAME,
    CC.CHECK_CLAUSE
FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS CC
WHERE CC.CONSTRAINT_SCHEMA = {{schema}}
  -- uncorrelated, so H2 runs it once: the checks of this schema's tables (not of its domains)
  AND CC.CONSTRAINT_NAME IN (
      SELECT TC.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
      WHERE TC.TABLE_SCHEMA = {{schema}} AND TC.CONSTRAINT_SCHEMA = {{schema}})
ORDER BY CC.CONSTRAINT_NAME
