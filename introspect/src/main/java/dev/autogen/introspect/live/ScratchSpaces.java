package dev.autogen.introspect.live;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Databases;
import dev.autogen.core.database.ScratchSpace;
import java.util.Optional;

/** The scratch spaces of the databases on the class path ({@link Database#scratchSpace()}), by dialect name. */
public final class ScratchSpaces {

    private ScratchSpaces() {}

    /** The scratch space for this dialect name, if the database has one. */
    public static Optional<ScratchSpace> forDialect(String dialectName) {
        return Databases.all().stream()
                .filter(d -> d.name().equals(dialectName))
                .findFirst()
                .flatMap(Database::scratchSpace);
    }
}
