-- What DatabaseMetaData.getColumns does not say about the columns of one schema's tables:
--   autogen_full_type       the type with its modifiers, as format_type renders it (character varying(255),
--                           timestamp(6) with time zone, numeric(12,2))
--   autogen_identity        'a' (GENERATED ALWAYS AS IDENTITY), 'd' (BY DEFAULT) or ''
--   autogen_generated       's' for a stored generated column, or ''
--   autogen_default         the default expression (NULL when there is none)
--   autogen_owned_sequence  whether a sequence is owned by the column (serial, bigserial, OWNED BY)
-- {{schemaOid}} is replaced by the schema's oid before use. Needs PostgreSQL 12 or later (attgenerated).
SELECT
    NULL::text AS table_catalog,
    n.nspname  AS table_schema,
    t.relname  AS table_name,
    a.attname  AS column_name,
    pg_catalog.format_type(a.atttypid, a.atttypmod) AS autogen_full_type,
    a.attidentity::text  AS autogen_identity,
    a.attgenerated::text AS autogen_generated,
    pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS autogen_default,
    EXISTS (
        SELECT 1
        FROM pg_catalog.pg_depend dep
        JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
        WHERE dep.classid = 'pg_catalog.pg_class'::regclass
          AND dep.refclassid = 'pg_catalog.pg_class'::regclass
          AND dep.refobjid = a.attrelid
          AND dep.refobjsubid = a.attnum
          AND dep.deptype = 'a') AS autogen_owned_sequence
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class t ON t.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.oid = {{schemaOid}}
  AND t.relkind = 'r'
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY t.relname, a.attnum
