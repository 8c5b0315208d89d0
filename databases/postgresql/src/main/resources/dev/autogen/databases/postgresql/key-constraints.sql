-- The columns of the primary keys ('p') and unique constraints ('u') of the ordinary tables of one schema, in key
-- order. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    t.relname     AS table_name,
    con.contype::text AS constraint_type,
    con.conname   AS constraint_name,
    a.attname     AS column_name
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype IN ('p', 'u')
  AND t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname, k.position
