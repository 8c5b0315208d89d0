-- For the SchemaCrawler reader (InformationSchemaKey.PRIMARY_KEYS): the primary key columns of the ordinary tables of
-- one schema, shaped like DatabaseMetaData.getPrimaryKeys. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    pg_catalog.current_database() AS "TABLE_CAT",
    n.nspname   AS "TABLE_SCHEM",
    t.relname   AS "TABLE_NAME",
    a.attname   AS "COLUMN_NAME",
    k.position  AS "KEY_SEQ",
    con.conname AS "PK_NAME"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'p'
  AND t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, k.position
