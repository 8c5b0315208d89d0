-- For the SchemaCrawler reader (InformationSchemaKey.CONSTRAINT_COLUMN_USAGE): the columns of the unique constraints
-- (in key order) and check constraints of the ordinary tables of one schema. {{schemaOid}} is replaced by the
-- schema's oid before use.
SELECT
    pg_catalog.current_database() AS "CONSTRAINT_CATALOG",
    n.nspname   AS "CONSTRAINT_SCHEMA",
    con.conname AS "CONSTRAINT_NAME",
    pg_catalog.current_database() AS "TABLE_CATALOG",
    n.nspname   AS "TABLE_SCHEMA",
    t.relname   AS "TABLE_NAME",
    a.attname   AS "COLUMN_NAME",
    k.position  AS "ORDINAL_POSITION"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype IN ('u', 'c')
  AND t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname, k.position
