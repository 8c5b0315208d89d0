-- Columns of the unique constraints of one schema, in key order, shaped like
-- INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE with an ordinal. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    NULL::text   AS constraint_catalog,
    n.nspname    AS constraint_schema,
    con.conname  AS constraint_name,
    NULL::text   AS table_catalog,
    n.nspname    AS table_schema,
    t.relname    AS table_name,
    a.attname    AS column_name,
    k.position   AS ordinal_position
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'u'
  AND n.oid = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname, k.position
