package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.exec.JdbcOperations;

/** Backends for the runner tests: the real dialect and {@link JdbcOperations}, optionally without transactional DDL. */
final class TestBackends {

    private TestBackends() {}

    /** The dialect's own backend. */
    static MigrationBackend of(String kind) {
        return MigrationBackend.of(Dialects.forName(kind));
    }

    /** The dialect's operations, run as if DDL committed itself (MariaDB-style), to exercise that path. */
    static MigrationBackend withoutTransactionalDdl(String kind) {
        Dialect dialect = Dialects.forName(kind);
        return new MigrationBackend(dialect.name(), false, (c, sink) -> new JdbcOperations(c, dialect, sink));
    }
}
