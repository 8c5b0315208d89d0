-- Comments on the ordinary tables of one schema (COMMENT ON TABLE). {{schemaOid}} is replaced by the schema's oid
-- before use.
SELECT
    t.relname AS table_name,
    pg_catalog.obj_description(t.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class t
WHERE t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
  AND pg_catalog.obj_description(t.oid, 'pg_class') IS NOT NULL
ORDER BY t.relname
