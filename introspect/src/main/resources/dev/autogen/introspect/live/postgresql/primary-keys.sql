-- Primary key columns of the ordinary tables of one schema, shaped like
-- DatabaseMetaData.getPrimaryKeys. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    NULL::text   AS table_cat,
    n.nspname    AS table_schem,
    t.relname    AS table_name,
    a.attname    AS column_name,
    k.position   AS key_seq,
    con.conname  AS pk_name
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'p'
  AND n.oid = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, k.position
