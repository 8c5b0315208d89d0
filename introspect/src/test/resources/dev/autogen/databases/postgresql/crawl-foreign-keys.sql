-- For the SchemaCrawler reader (InformationSchemaKey.FOREIGN_KEYS): the column pairs of the foreign keys declared on
-- the ordinary tables of one schema, shaped like DatabaseMetaData.getImportedKeys (rules as JDBC's importedKey*
-- numbers: 0 cascade, 1 restrict, 2 set null, 3 no action, 4 set default). {{schemaOid}} is replaced by the schema's
-- oid before use.
SELECT
    pg_catalog.current_database() AS "PKTABLE_CAT",
    pn.nspname   AS "PKTABLE_SCHEM",
    pt.relname   AS "PKTABLE_NAME",
    pa.attname   AS "PKCOLUMN_NAME",
    pg_catalog.current_database() AS "FKTABLE_CAT",
    fn.nspname   AS "FKTABLE_SCHEM",
    ft.relname   AS "FKTABLE_NAME",
    fa.attname   AS "FKCOLUMN_NAME",
    k.position   AS "KEY_SEQ",
    CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS "UPDATE_RULE",
    CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS "DELETE_RULE",
    con.conname  AS "FK_NAME",
    CAST(NULL AS text) AS "PK_NAME",
    CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END AS "DEFERRABILITY"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class ft ON ft.oid = con.conrelid
JOIN pg_catalog.pg_namespace fn ON fn.oid = ft.relnamespace
JOIN pg_catalog.pg_class pt ON pt.oid = con.confrelid
JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, position)
JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk_attnum
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk_attnum
WHERE con.contype = 'f'
  AND ft.relnamespace = {{schemaOid}}
  AND ft.relkind = 'r'
ORDER BY ft.relname, con.conname, k.position
