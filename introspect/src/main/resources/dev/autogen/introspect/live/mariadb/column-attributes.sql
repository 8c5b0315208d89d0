-- What DatabaseMetaData.getColumns does not say about the columns of one MariaDB database's base tables:
--   AUTOGEN_FULL_TYPE  COLUMN_TYPE, the type with its arguments (varchar(255), bigint(20), datetime(6), enum('A','B'))
--   AUTOGEN_EXTRA      auto_increment, STORED GENERATED, VIRTUAL GENERATED, on update current_timestamp(), ...
--   AUTOGEN_DEFAULT    the default as SQL: 'draft', 0.00, b'1', current_timestamp(); the text NULL (or NULL) for none
--   AUTOGEN_COMMENT    the column comment ('' for none)
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
    c.GENERATION_EXPRESSION AS AUTOGEN_GENERATED
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.TABLE_SCHEMA = {{database}}
  AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
