-- The sequences of one schema (not those behind identity columns, which H2 does not list here), shaped like
-- INFORMATION_SCHEMA.SEQUENCES (START_VALUE is the START WITH value).
-- {{schema}} is replaced by the schema name as a string literal before use.
SELECT
    S.SEQUENCE_CATALOG,
    S.SEQUENCE_SCHEMA,
    S.SEQUENCE_NAME,
    S.INCREMENT,
    S.MINIMUM_VALUE,
    S.MAXIMUM_VALUE,
    S.CYCLE_OPTION,
    S.START_VALUE
FROM INFORMATION_SCHEMA.SEQUENCES S
WHERE S.SEQUENCE_SCHEMA = {{schema}}
ORDER BY S.SEQUENCE_NAME
