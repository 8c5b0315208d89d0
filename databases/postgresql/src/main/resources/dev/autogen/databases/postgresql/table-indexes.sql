-- The key columns of the indexes of the ordinary tables of one schema, in key order. Left out: indexes that back a
-- primary key, unique or exclusion constraint (reported as those constraints), indexes on expressions (the model has
-- no place for them) and INCLUDE columns. indoption's bit 1 marks a DESC column. {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    t.relname      AS table_name,
    i.relname      AS index_name,
    ix.indisunique AS is_unique,
    a.attname      AS column_name,
    (ix.indoption[k.position - 1] & 1) = 1 AS is_descending
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
WHERE t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
  AND k.position <= ix.indnkeyatts
  AND ix.indexprs IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_constraint con
      WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY t.relname, i.relname, k.position
