-- For the SchemaCrawler reader (InformationSchemaKey.TABLES): the ordinary tables of one schema, shaped like
-- DatabaseMetaData.getTables, with the table comment as AUTOGEN_COMMENT (NULL when there is none).
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    pg_catalog.current_database() AS "TABLE_CAT",
    n.nspname                     AS "TABLE_SCHEM",
    t.relname                     AS "TABLE_NAME",
    'TABLE'                       AS "TABLE_TYPE",
    pg_catalog.obj_description(t.oid, 'pg_class') AS "REMARKS",
    pg_catalog.obj_description(t.oid, 'pg_class') AS "AUTOGEN_COMMENT"
FROM pg_catalog.pg_class t
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
ORDER BY t.relname
