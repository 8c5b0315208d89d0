-- Index key columns of the tables of one schema, shaped like DatabaseMetaData.getIndexInfo. Left out: indexes that
-- back a primary key, unique or exclusion constraint (reported as those constraints), indexes on expressions (the
-- model has no place for them) and INCLUDE columns. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    NULL::text        AS table_cat,
    n.nspname         AS table_schem,
    t.relname         AS table_name,
    NOT ix.indisunique AS non_unique,
    NULL::text        AS index_qualifier,
    i.relname         AS index_name,
    3                 AS type,
    k.position        AS ordinal_position,
    a.attname         AS column_name,
    CASE WHEN (ix.indoption[k.position - 1] & 1) = 1 THEN 'D' ELSE 'A' END AS asc_or_desc,
    0                 AS cardinality,
    0                 AS pages,
    pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS filter_condition
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
WHERE n.oid = {{schemaOid}}
  AND t.relkind = 'r'
  AND k.position <= ix.indnkeyatts
  AND ix.indexprs IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_constraint con
      WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY t.relname, i.relname, k.position
