-- The schema with exactly this name (parameter 1), with its oid.
SELECT n.oid AS schema_oid, n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ?
