-- The schema unqualified names resolve to.
SELECT CURRENT_SCHEMA AS SCHEMA_NAME
