-- The columns of the foreign keys of one schema's tables, one row each, with the position of the referenced column in
-- the referenced key. The keys' rules and referenced keys (referential-constraints.sql) and the referenced keys'
-- columns (key-columns.sql) are matched in Java: H2 builds an information schema view again for every row of a join
-- on constraint names (over 20 seconds at 2,000 tables). {{schema}} is replaced by the schema name as a string literal
-- before use.
SELECT
    KCU.TABLE_NAME,
    KCU.CONSTRAINT_NAME,
    KCU.COLUMN_NAME,
    KCU.ORDINAL_POSITION,
    KCU.POSITION_IN_UNIQUE_CONSTRAINT
FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
WHERE KCU.TABLE_SCHEMA = {{schema}}
  AND KCU.POSITION_IN_UNIQUE_CONSTRAINT IS NOT NULL
ORDER BY KCU.TABLE_NAME, KCU.CONSTRAINT_NAME, KCU.ORDINAL_POSITION
