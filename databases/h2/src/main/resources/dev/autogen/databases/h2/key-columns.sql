-- The columns of every primary key and unique constraint, in every schema (a foreign key may reference a table of
-- another schema): what a foreign key's referenced columns are looked up in.
SELECT
    KCU.CONSTRAINT_SCHEMA,
    KCU.CONSTRAINT_NAME,
    KCU.TABLE_SCHEMA,
    KCU.TABLE_NAME,
    KCU.COLUMN_NAME,
    KCU.ORDINAL_POSITION
FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
WHERE KCU.POSITION_IN_UNIQUE_CONSTRAINT IS NULL
