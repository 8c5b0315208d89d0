-- The columns of one MariaDB database's base tables, in table and column order, with what they are made of:
--   AUTOGEN_FULL_TYPE  COLUMN_TYPE, the type with its arguments (varchar(255), bigint(20), datetime(6), enum('A','B'))
--   AUTOGEN_EXTRA      auto_increment, STORED GENERATED, VIRTUAL GENERATED, on update current_timestamp(), ...
--   AUTOGEN_DEFAULT    the default as SQL: 'draft', 0.00, b'1', current_timestamp(); the text NULL (or NULL) for none
--   AUTOGEN_COMMENT    the column comment ('' for none)
--   AUTOGEN_NULLABLE   YES or NO
--   AUTOGEN_GENERATED  the expression of a generated column (NULL otherwise)
-- {{database}} is replaced by the database name as a string expression before use.
SELECT
    c.TABLE_SCHEMA          AS TABLE_CATALOG,
    NULL                    AS TABLE_SCHEMA,
    c.TABLE_NAME            AS TABLE_NAME,
    c.COLUMN_NAME           AS COLUMN_NAME,
    c.COLUMN_TYPE           AS AUTOGEN_FULL_TYPE,
    c.EXTRA                 AS AUTOGEN_EXTRA,
    c.COLUMN_DEFAULT        AS AUTOGEN_DEFAULT,
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
