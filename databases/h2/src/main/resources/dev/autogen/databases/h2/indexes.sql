-- Index columns of the tables of one schema, shaped like DatabaseMetaData.getIndexInfo. Left out: the indexes H2
-- creates itself for primary keys, unique constraints and foreign keys (IS_GENERATED), and an index created
-- beforehand that a primary key or unique constraint took over (reported as that constraint). An index a foreign key
-- took over stays: it was created as an index. {{schema}} is replaced by the schema name as a string literal.
SELECT
    I.TABLE_CATALOG      AS TABLE_CAT,
    I.TABLE_SCHEMA       AS TABLE_SCHEM,
    I.TABLE_NAME         AS TABLE_NAME,
    I.INDEX_TYPE_NAME <> 'UNIQUE INDEX' AS NON_UNIQUE,
    I.INDEX_CATALOG      AS INDEX_QUALIFIER,
    I.INDEX_NAME         AS INDEX_NAME,
    3                    AS TYPE,
    IC.ORDINAL_POSITION  AS ORDINAL_POSITION,
    IC.COLUMN_NAME       AS COLUMN_NAME,
    CASE IC.ORDERING_SPECIFICATION WHEN 'DESC' THEN 'D' ELSE 'A' END AS ASC_OR_DESC,
    0                    AS CARDINALITY,
    0                    AS PAGES,
    CAST(NULL AS VARCHAR) AS FILTER_CONDITION
FROM INFORMATION_SCHEMA.INDEXES I
JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC
  -- the table in the join lets H2 build INDEX_COLUMNS for one table at a time, not for all tables each row
  ON IC.TABLE_SCHEMA = I.TABLE_SCHEMA AND IC.TABLE_NAME = I.TABLE_NAME
 AND IC.INDEX_SCHEMA = I.INDEX_SCHEMA AND IC.INDEX_NAME = I.INDEX_NAME
WHERE I.TABLE_SCHEMA = {{schema}}
  AND NOT I.IS_GENERATED
  -- uncorrelated, so H2 runs it once (index names are unique in a schema)
  AND I.INDEX_NAME NOT IN (
      SELECT TC.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
      WHERE TC.TABLE_SCHEMA = {{schema}} AND TC.INDEX_SCHEMA = {{schema}} AND TC.INDEX_NAME IS NOT NULL
        AND TC.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))
ORDER BY I.TABLE_NAME, I.INDEX_NAME, IC.ORDINAL_POSITION
