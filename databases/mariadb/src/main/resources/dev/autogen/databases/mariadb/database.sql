-- The database (MariaDB's and MySQL's "schema") with exactly this name (parameter 1).
SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?
