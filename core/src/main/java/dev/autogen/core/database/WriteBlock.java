package dev.autogen.core.database;

import java.util.Objects;

/**
 * Why a change blocks writes to a table that holds rows for as long as the table is scanned, rewritten or copied
 * ({@link Dialect#blocksWrites}): what {@code autogen lint} reports and a generated migration marks.
 *
 * @param kind what the database does that blocks
 * @param reason one line for the user, naming the lock or algorithm
 */
public record WriteBlock(Kind kind, String reason) {

    public WriteBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the database does while writes wait. */
    public enum Kind {
        /** Builds an index under a lock that blocks writes (PostgreSQL without {@code CONCURRENTLY}). */
        INDEX_BUILD,
        /** Checks every row for a new foreign key or check constraint under a lock that blocks writes. */
        CONSTRAINT_SCAN,
        /** Scans the table for {@code NULL} under an exclusive lock to set {@code NOT NULL}. */
        NOT_NULL_SCAN,
        /** Rewrites the whole table under an exclusive lock (a type change, a volatile default). */
        TABLE_REWRITE,
        /** Copies the table to a new one while writes wait (MariaDB's and MySQL's {@code ALGORITHM=COPY}). */
        TABLE_COPY
    }
}
