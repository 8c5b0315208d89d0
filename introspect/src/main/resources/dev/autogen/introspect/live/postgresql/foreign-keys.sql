-- Foreign key column pairs declared on the tables of one schema, shaped like DatabaseMetaData.getImportedKeys.
-- Rules use the java.sql.DatabaseMetaData codes: 0 cascade, 1 restrict, 2 set null, 3 no action, 4 set default;
-- deferrability 5 initially deferred, 6 initially immediate, 7 not deferrable.
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    NULL::text   AS pktable_cat,
    pn.nspname   AS pktable_schem,
    pt.relname   AS pktable_name,
    pa.attname   AS pkcolumn_name,
    NULL::text   AS fktable_cat,
    fn.nspname   AS fktable_schem,
    ft.relname   AS fktable_name,
    fa.attname   AS fkcolumn_name,
    k.position   AS key_seq,
    CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS update_rule,
    CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS delete_rule,
    con.conname  AS fk_name,
    NULL::text   AS pk_name,
    CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END AS deferrability
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class ft ON ft.oid = con.conrelid
JOIN pg_catalog.pg_namespace fn ON fn.oid = ft.relnamespace
JOIN pg_catalog.pg_class pt ON pt.oid = con.confrelid
JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, position)
JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk_attnum
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk_attnum
WHERE con.contype = 'f'
  AND fn.oid = {{schemaOid}}
  AND ft.relkind = 'r'
ORDER BY ft.relname, con.conname, k.position
