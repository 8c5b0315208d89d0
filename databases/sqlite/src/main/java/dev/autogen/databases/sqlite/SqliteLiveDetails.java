package dev.autogen.databases.sqlite;

import java.util.Optional;

/** What a rebuild keeps from the live table beyond the model: its indexes as written. */
interface SqliteLiveDetails {

    /** Knows nothing: a rebuild then writes only what the model describes. */
    SqliteLiveDetails NONE = index -> Optional.empty();

    /**
     * The stored {@code CREATE INDEX} of this index, which keeps what the model cannot describe (a partial index's
     * {@code WHERE}, expressions, collations, sort order).
     */
    Optional<String> indexSql(String index);
}
