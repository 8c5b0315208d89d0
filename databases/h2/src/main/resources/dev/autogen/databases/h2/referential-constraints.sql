-- The foreign keys of one schema: the key they reference and their rules. {{schema}} is replaced by the schema name
-- as a string literal before use.
SELECT
    RC.CONSTRAINT_NAME,
    RC.UNIQUE_CONSTRAINT_SCHEMA,
    RC.UNIQUE_CONSTRAINT_NAME,
    RC.UPDATE_RULE,
    RC.DELETE_RULE
FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS RC
WHERE RC.CONSTRAINT_SCHEMA = {{schema}}
