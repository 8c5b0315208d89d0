-- For the SchemaCrawler reader (InformationSchemaKey.TABLE_CONSTRAINTS): the unique and check constraints of the
-- ordinary tables of one schema, shaped like INFORMATION_SCHEMA.TABLE_CONSTRAINTS, with a check's condition as
-- pg_get_expr prints it as AUTOGEN_CHECK_CLAUSE (a constraint attribute). Not through CHECK_CONSTRAINTS: SchemaCrawler
-- matches those rows by schema and constraint name, and PostgreSQL names constraints per table (two tables may each
-- have a check named "positive"). {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    pg_catalog.current_database() AS "CONSTRAINT_CATALOG",
    n.nspname   AS "CONSTRAINT_SCHEMA",
    con.conname AS "CONSTRAINT_NAME",
    pg_catalog.current_database() AS "TABLE_CATALOG",
    n.nspname   AS "TABLE_SCHEMA",
    t.relname   AS "TABLE_NAME",
    CASE con.contype WHEN 'u' THEN 'UNIQUE' ELSE 'CHECK' END AS "CONSTRAINT_TYPE",
    CASE WHEN con.condeferrable THEN 'YES' ELSE 'NO' END AS "IS_DEFERRABLE",
    CASE WHEN con.condeferred THEN 'YES' ELSE 'NO' END AS "INITIALLY_DEFERRED",
    CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS "AUTOGEN_CHECK_CLAUSE"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE con.contype IN ('u', 'c')
  AND t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname, con.conname
