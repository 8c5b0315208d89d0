package dev.autogen.databases.h2;

import dev.autogen.core.database.Database;
import dev.autogen.databases.contract.TypeParityContract;
import java.util.Set;
import org.hibernate.type.SqlTypes;

/** H2's types side by side with Hibernate's H2 dialect. */
class H2TypeParityTest extends TypeParityContract {

    @Override
    protected Database database() {
        return new H2Database();
    }

    /** H2 writes {@code TIME_UTC} (the portable TIME elsewhere) as {@code time(p) with time zone}: read from its text. */
    @Override
    protected Set<Integer> fromText() {
        return Set.of(SqlTypes.TIME_UTC);
    }
}
