-- Check constraints of the ordinary tables of one schema, with the condition as PostgreSQL prints it (without the
-- surrounding CHECK). NOT NULL is not a check constraint here (PostgreSQL 15 keeps it on the column).
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    t.relname   AS table_name,
    con.conname AS constraint_name,
    pg_catalog.pg_get_expr(con.conbin, con.conrelid) AS expression
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
WHERE con.contype = 'c'
  AND t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname
