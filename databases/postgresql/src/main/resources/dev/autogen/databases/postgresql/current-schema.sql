-- The schema unqualified names resolve to: the first existing schema on the search path, or NULL.
SELECT pg_catalog.current_schema() AS schema_name
