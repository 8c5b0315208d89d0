-- Unique constraints of the tables of one schema, shaped like INFORMATION_SCHEMA.TABLE_CONSTRAINTS.
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    NULL::text   AS constraint_catalog,
    n.nspname    AS constraint_schema,
    con.conname  AS constraint_name,
    NULL::text   AS table_catalog,
    n.nspname    AS table_schema,
    t.relname    AS table_name,
    'UNIQUE'     AS constraint_type,
    CASE WHEN con.condeferrable THEN 'YES' ELSE 'NO' END AS is_deferrable,
    CASE WHEN con.condeferred THEN 'YES' ELSE 'NO' END AS initially_deferred
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE con.contype = 'u'
  AND n.oid = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname
