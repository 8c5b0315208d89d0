package dev.autogen.runtime.dialect.sqlite;

import java.util.List;
import java.util.Optional;

/** What a rebuild keeps from the live table beyond the model: its check constraints and its indexes as written. */
interface SqliteLiveDetails {

    /** Knows nothing: a rebuild then writes only what the model describes. */
    SqliteLiveDetails NONE = new SqliteLiveDetails() {
        @Override
        public List<SqliteCheck> checks(String table) {
            return List.of();
        }

        @Override
        public Optional<String> indexSql(String index) {
            return Optional.empty();
        }
    };

    /** The check constraints in the table's stored {@code CREATE TABLE}. */
    List<SqliteCheck> checks(String table);

    /**
     * The stored {@code CREATE INDEX} of this index, which keeps what the model cannot describe (a partial index's
     * {@code WHERE}, expressions, collations, sort order).
     */
    Optional<String> indexSql(String index);
}
