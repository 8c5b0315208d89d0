-- For the SchemaCrawler reader (InformationSchemaKey.SEQUENCES): the sequences of one schema that stand on their own
-- (the same as sequences.sql), shaped like INFORMATION_SCHEMA.SEQUENCES. {{schemaOid}} is replaced by the schema's oid
-- before use.
SELECT
    pg_catalog.current_database() AS "SEQUENCE_CATALOG",
    n.nspname       AS "SEQUENCE_SCHEMA",
    s.relname       AS "SEQUENCE_NAME",
    q.seqincrement  AS "INCREMENT",
    q.seqstart      AS "START_VALUE",
    q.seqmin        AS "MINIMUM_VALUE",
    q.seqmax        AS "MAXIMUM_VALUE",
    CASE WHEN q.seqcycle THEN 'YES' ELSE 'NO' END AS "CYCLE_OPTION"
FROM pg_catalog.pg_class s
JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
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
