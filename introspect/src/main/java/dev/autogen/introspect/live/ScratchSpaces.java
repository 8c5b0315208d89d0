package dev.autogen.introspect.live;

import dev.autogen.introspect.live.h2.H2ScratchSpace;
import dev.autogen.introspect.live.mariadb.MariaDbScratchSpace;
import dev.autogen.introspect.live.postgresql.PostgresScratchSpace;
import dev.autogen.introspect.live.sqlite.SqliteScratchSpace;
import java.util.List;
import java.util.Optional;

/** The scratch spaces Autogen knows, by dialect name. */
public final class ScratchSpaces {

    private static final List<ScratchSpace> ALL = List.of(new PostgresScratchSpace(), new SqliteScratchSpace(),
            new H2ScratchSpace(), MariaDbScratchSpace.mariadb(), MariaDbScratchSpace.mysql());

    private ScratchSpaces() {}

    /** The scratch space for this dialect name, if the database has one. */
    public static Optional<ScratchSpace> forDialect(String dialectName) {
        return ALL.stream().filter(s -> s.dialectName().equals(dialectName)).findFirst();
    }
}
