-- What DatabaseMetaData.getTables does not say about the base tables of one schema:
--   AUTOGEN_COMMENT  the table comment (COMMENT ON TABLE), or NULL
-- {{schema}} is replaced by the schema name as a string literal before use.
SELECT
    T.TABLE_CATALOG,
    T.TABLE_SCHEMA,
    T.TABLE_NAME,
    T.REMARKS AS AUTOGEN_COMMENT
FROM INFORMATION_SCHEMA.TABLES T
WHERE T.TABLE_SCHEMA = {{schema}}
  AND T.TABLE_TYPE = 'BASE TABLE'
ORDER BY T.TABLE_NAME
