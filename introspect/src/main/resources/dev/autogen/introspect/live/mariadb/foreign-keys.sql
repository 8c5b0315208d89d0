-- Foreign key column pairs declared on the base tables of one database, shaped like DatabaseMetaData.getImportedKeys.
-- Rules use the java.sql.DatabaseMetaData codes: 0 cascade, 1 restrict, 2 set null, 3 no action, 4 set default.
-- A key that states no rule is reported as RESTRICT (which MariaDB and MySQL treat as NO ACTION). Keys are never
-- deferrable (7). {{database}} is replaced by the database name as a string expression before use.
SELECT
    k.REFERENCED_TABLE_SCHEMA AS PKTABLE_CAT,
    NULL                      AS PKTABLE_SCHEM,
    k.REFERENCED_TABLE_NAME   AS PKTABLE_NAME,
    k.REFERENCED_COLUMN_NAME  AS PKCOLUMN_NAME,
    k.TABLE_SCHEMA            AS FKTABLE_CAT,
    NULL                      AS FKTABLE_SCHEM,
    k.TABLE_NAME              AS FKTABLE_NAME,
    k.COLUMN_NAME             AS FKCOLUMN_NAME,
    k.ORDINAL_POSITION        AS KEY_SEQ,
    CASE r.UPDATE_RULE WHEN 'CASCADE' THEN 0 WHEN 'RESTRICT' THEN 1 WHEN 'SET NULL' THEN 2 WHEN 'SET DEFAULT' THEN 4
        ELSE 3 END            AS UPDATE_RULE,
    CASE r.DELETE_RULE WHEN 'CASCADE' THEN 0 WHEN 'RESTRICT' THEN 1 WHEN 'SET NULL' THEN 2 WHEN 'SET DEFAULT' THEN 4
        ELSE 3 END            AS DELETE_RULE,
    k.CONSTRAINT_NAME         AS FK_NAME,
    r.UNIQUE_CONSTRAINT_NAME  AS PK_NAME,
    7                         AS DEFERRABILITY
FROM information_schema.KEY_COLUMN_USAGE k
JOIN (
    -- materialized (DISTINCT keeps it from being merged), so that MariaDB joins it by a key: joined directly, the two
    -- views are compared row by row (over a second at 2,000 tables)
    SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE, UNIQUE_CONSTRAINT_NAME
    FROM information_schema.REFERENTIAL_CONSTRAINTS
    WHERE CONSTRAINT_SCHEMA = {{database}}
) r ON r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = {{database}}
  AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
