-- The sequences of one schema that stand on their own: not those of identity columns (an internal dependency on the
-- column) nor those a column owns (serial, bigserial, OWNED BY: an automatic dependency on the column).
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    s.relname       AS sequence_name,
    q.seqstart      AS start_value,
    q.seqincrement  AS increment_by
FROM pg_catalog.pg_class s
JOIN pg_catalog.pg_sequence q ON q.seqrelid = s.oid
WHERE s.relkind = 'S'
  AND s.relnamespace = {{schemaOid}}
  AND NOT EXISTS (
      SELECT 1
      FROM pg_catalog.pg_depend dep
      WHERE dep.classid = 'pg_catalog.pg_class'::regclass
        AND dep.objid = s.oid
        AND dep.refclassid = 'pg_catalog.pg_class'::regclass
        AND dep.deptype IN ('a', 'i'))
ORDER BY s.relname
