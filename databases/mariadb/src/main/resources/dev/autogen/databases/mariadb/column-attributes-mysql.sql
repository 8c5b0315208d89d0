-- column-attributes.sql for MySQL 8, whose COLUMN_DEFAULT is the bare value (draft, not 'draft'): literals of
-- non-numeric columns are quoted here so that defaults read as SQL, as on MariaDB. Expression defaults
-- (DEFAULT_GENERATED in EXTRA: CURRENT_TIMESTAMP, (uuid())) and numbers and bits (b'1') are passed through.
-- {{database}} is replaced by the database name as a string expression before use.
SELECT
    c.TABLE_SCHEMA          AS TABLE_CATALOG,
    NULL                    AS TABLE_SCHEMA,
    c.TABLE_NAME            AS TABLE_NAME,
    c.COLUMN_NAME           AS COLUMN_NAME,
    c.COLUMN_TYPE           AS AUTOGEN_FULL_TYPE,
    c.EXTRA                 AS AUTOGEN_EXTRA,
    CASE
        WHEN c.COLUMN_DEFAULT IS NULL THEN NULL
        WHEN c.EXTRA LIKE '%DEFAULT_GENERATED%' THEN c.COLUMN_DEFAULT
        WHEN c.DATA_TYPE IN ('tinyint', 'smallint', 'mediumint', 'int', 'bigint', 'decimal', 'float', 'double', 'bit',
                             'year') THEN c.COLUMN_DEFAULT
        ELSE CONCAT('''', REPLACE(c.COLUMN_DEFAULT, '''', ''''''), '''')
    END                     AS AUTOGEN_DEFAULT,
    c.COLUMN_COMMENT        AS AUTOGEN_COMMENT,
    c.IS_NULLABLE           AS AUTOGEN_NULLABLE,
    c.GENERATION_EXPRESSION AS AUTOGEN_GENERATED
FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA = {{database}}
  AND c.TABLE_NAME IN (
      -- a semi-join: joining information_schema.TABLES makes MariaDB open every table (seconds at 2,000 tables)
      SELECT t.TABLE_NAME FROM information_schema.TABLES t
      WHERE t.TABLE_SCHEMA = {{database}} AND t.TABLE_TYPE = 'BASE TABLE')
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
