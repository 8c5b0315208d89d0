-- Foreign key column pairs declared on the base tables of one database, named like DatabaseMetaData.getImportedKeys.
-- Rules are as the server writes them (CASCADE, SET NULL, RESTRICT, NO ACTION, ...); a key that states no rule is
-- reported as RESTRICT (which MariaDB and MySQL treat as NO ACTION). {{database}} is replaced by the database name as
-- a string expression before use.
SELECT
    k.REFERENCED_TABLE_SCHEMA AS PKTABLE_CAT,
    k.REFERENCED_TABLE_NAME   AS PKTABLE_NAME,
    k.REFERENCED_COLUMN_NAME  AS PKCOLUMN_NAME,
    k.TABLE_NAME              AS FKTABLE_NAME,
    k.COLUMN_NAME             AS FKCOLUMN_NAME,
    k.ORDINAL_POSITION        AS KEY_SEQ,
    r.UPDATE_RULE             AS UPDATE_RULE,
    r.DELETE_RULE             AS DELETE_RULE,
    k.CONSTRAINT_NAME         AS FK_NAME
FROM information_schema.KEY_COLUMN_USAGE k
JOIN (
    -- materialized (DISTINCT keeps it from being merged), so that MariaDB joins it by a key: joined directly, the two
    -- views are compared row by row (over a second at 2,000 tables)
    SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
    FROM information_schema.REFERENTIAL_CONSTRAINTS
    WHERE CONSTRAINT_SCHEMA = {{database}}
) r ON r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = {{database}}
  AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
