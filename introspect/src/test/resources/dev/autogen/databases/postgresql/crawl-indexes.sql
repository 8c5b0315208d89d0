-- For the SchemaCrawler reader (InformationSchemaKey.INDEXES): the key columns of the indexes of the ordinary tables
-- of one schema, shaped like DatabaseMetaData.getIndexInfo; the same indexes as table-indexes.sql (not those behind a
-- constraint, not those on expressions, no INCLUDE columns). {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    pg_catalog.current_database() AS "TABLE_CAT",
    n.nspname        AS "TABLE_SCHEM",
    t.relname        AS "TABLE_NAME",
    NOT ix.indisunique AS "NON_UNIQUE",
    CAST(NULL AS text) AS "INDEX_QUALIFIER",
    i.relname        AS "INDEX_NAME",
    3                AS "TYPE",
    k.position       AS "ORDINAL_POSITION",
    a.attname        AS "COLUMN_NAME",
    CASE WHEN (ix.indoption[k.position - 1] & 1) = 1 THEN 'D' ELSE 'A' END AS "ASC_OR_DESC",
    0                AS "CARDINALITY",
    0                AS "PAGES",
    CAST(NULL AS text) AS "FILTER_CONDITION"
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
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
