package dev.autogen.core.ops;

/** How an operation treats existing data. */
public enum Safety {
    /** Keeps every row and value. */
    SAFE,
    /** May fail or lose values depending on the data: narrowing a type, setting NOT NULL, adding a unique rule. */
    DATA_DEPENDENT,
    /** Removes data: dropping a table or a column. */
    DESTRUCTIVE
}
