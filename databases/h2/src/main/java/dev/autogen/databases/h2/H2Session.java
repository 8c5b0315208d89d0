package dev.autogen.databases.h2;

import dev.autogen.core.database.MigrationSession;
import java.sql.SQLException;
import java.util.Set;

/** H2's session: plain JDBC transactions, and H2's errors for a DDL statement whose work is there already. */
final class H2Session implements MigrationSession {

    static final H2Session INSTANCE = new H2Session();

    /**
     * {@code org.h2.api.ErrorCode}: table, index, column, constraint or sequence exists already (42101, 42111, 42121,
     * 90045, 90035), or is not there to drop (42102, 42104, 42112, 42122, 90057, 90036).
     */
    private static final Set<Integer> ALREADY_DONE =
            Set.of(42101, 42111, 42121, 90045, 90035, 42102, 42104, 42112, 42122, 90057, 90036);

    private H2Session() {}

    @Override
    public boolean showsAlreadyDone(SQLException failure) {
        return ALREADY_DONE.contains(failure.getErrorCode());
    }

    @Override
    public void beforeCommit() {}

    @Override
    public void close() {}
}
