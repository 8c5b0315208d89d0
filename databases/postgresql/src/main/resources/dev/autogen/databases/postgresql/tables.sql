-- The ordinary tables of one schema. {{schemaOid}} is replaced by the schema's oid before use.
SELECT t.relname AS table_name
FROM pg_catalog.pg_class t
WHERE t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname
