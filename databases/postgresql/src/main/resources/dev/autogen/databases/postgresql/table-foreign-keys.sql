-- The column pairs of the foreign keys declared on the ordinary tables of one schema, in key order, with the
-- referenced table's name and, when it lives in another schema, that schema's name, and the rules ('a' no action, 'r' restrict, 'c' cascade,
-- 'n' set null, 'd' set default). {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    ft.relname   AS table_name,
    con.conname  AS constraint_name,
    fa.attname   AS column_name,
    pt.relname   AS referenced_table,
    CASE WHEN pt.relnamespace <> ft.relnamespace THEN pn.nspname END AS referenced_schema,
    pa.attname   AS referenced_column,
    con.confdeltype::text AS on_delete,
    con.confupdtype::text AS on_update
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class ft ON ft.oid = con.conrelid
JOIN pg_catalog.pg_class pt ON pt.oid = con.confrelid
JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, position)
JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk_attnum
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk_attnum
WHERE con.contype = 'f'
  AND ft.relnamespace = {{schemaOid}}
  AND ft.relkind = 'r'
ORDER BY ft.relname, con.conname, k.position
