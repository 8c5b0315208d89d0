-- The columns of the ordinary tables of one schema, in table and column order:
--   full_type        the type with its modifiers, as format_type renders it (character varying(255),
--                    timestamp(6) with time zone, numeric(12,2))
--   not_null         NOT NULL on the column, or on its domain
--   identity         'a' (GENERATED ALWAYS AS IDENTITY), 'd' (BY DEFAULT) or ''
--   generated        's' for a stored generated column, or ''
--   default_expr     the default expression, or a generated column's expression (NULL when there is none)
--   owned_sequence   whether a sequence is owned by the column (serial, bigserial, OWNED BY)
--   comment          the column's comment (COMMENT ON COLUMN), or NULL
-- {{schemaOid}} is replaced by the schema's oid before use. Needs PostgreSQL 12 or later (attgenerated).
SELECT
    t.relname AS table_name,
    a.attname AS column_name,
    pg_catalog.format_type(a.atttypid, a.atttypmod) AS full_type,
    (a.attnotnull OR (ty.typtype = 'd' AND ty.typnotnull)) AS not_null,
    a.attidentity::text  AS identity,
    a.attgenerated::text AS generated,
    pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
    (owned.refobjid IS NOT NULL) AS owned_sequence,
    descr.description AS comment
FROM pg_catalog.pg_class t
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
