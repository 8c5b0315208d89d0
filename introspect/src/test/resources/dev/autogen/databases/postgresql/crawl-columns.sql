-- For the SchemaCrawler reader (InformationSchemaKey.TABLE_COLUMNS): the columns of the ordinary tables of one
-- schema, shaped like DatabaseMetaData.getColumns, plus what it does not say, which SchemaCrawler keeps as column
-- attributes (the same values as columns.sql):
--   AUTOGEN_FULL_TYPE       format_type(atttypid, atttypmod): character varying(255), timestamp(6) with time zone
--   AUTOGEN_IDENTITY        'a', 'd' or ''
--   AUTOGEN_GENERATED       's' for a stored generated column, or ''
--   AUTOGEN_DEFAULT         the default expression, or a generated column's expression, or NULL
--   AUTOGEN_OWNED_SEQUENCE  'YES' when a sequence is owned by the column (serial, OWNED BY), else 'NO'
--   AUTOGEN_COMMENT         the column's comment, or NULL
-- {{schemaOid}} is replaced by the schema's oid before use.
SELECT
    pg_catalog.current_database() AS "TABLE_CAT",
    n.nspname AS "TABLE_SCHEM",
    t.relname AS "TABLE_NAME",
    a.attname AS "COLUMN_NAME",
    1111      AS "DATA_TYPE",
    ty.typname AS "TYPE_NAME",
    0         AS "COLUMN_SIZE",
    0         AS "DECIMAL_DIGITS",
    CASE WHEN a.attnotnull OR (ty.typtype = 'd' AND ty.typnotnull) THEN 0 ELSE 1 END AS "NULLABLE",
    descr.description AS "REMARKS",
    pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "COLUMN_DEF",
    a.attnum  AS "ORDINAL_POSITION",
    CASE WHEN a.attnotnull OR (ty.typtype = 'd' AND ty.typnotnull) THEN 'NO' ELSE 'YES' END AS "IS_NULLABLE",
    CASE WHEN a.attidentity <> '' THEN 'YES' ELSE 'NO' END AS "IS_AUTOINCREMENT",
    CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS "IS_GENERATEDCOLUMN",
    pg_catalog.format_type(a.atttypid, a.atttypmod) AS "AUTOGEN_FULL_TYPE",
    a.attidentity::text  AS "AUTOGEN_IDENTITY",
    a.attgenerated::text AS "AUTOGEN_GENERATED",
    pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "AUTOGEN_DEFAULT",
    CASE WHEN owned.refobjid IS NOT NULL THEN 'YES' ELSE 'NO' END AS "AUTOGEN_OWNED_SEQUENCE",
    descr.description AS "AUTOGEN_COMMENT"
FROM pg_catalog.pg_class t
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid
JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description descr
       ON descr.objoid = a.attrelid AND descr.classoid = 'pg_catalog.pg_class'::regclass AND descr.objsubid = a.attnum
LEFT JOIN (
    SELECT DISTINCT dep.refobjid, dep.refobjsubid
    FROM pg_catalog.pg_depend dep
    JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
    WHERE dep.classid = 'pg_catalog.pg_class'::regclass
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.deptype = 'a') owned
       ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
WHERE t.relnamespace = {{schemaOid}}
  AND t.relkind = 'r'
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY t.relname, a.attnum
