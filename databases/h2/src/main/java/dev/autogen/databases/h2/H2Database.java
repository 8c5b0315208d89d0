package dev.autogen.databases.h2;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScratchSpace;
import java.util.List;
import java.util.Optional;

/** H2 2.x: {@code jdbc:h2:} URLs. */
public final class H2Database implements Database {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String jdbcSubprotocol() {
        return "h2";
    }

    @Override
    public List<String> driverLoggers() {
        return List.of("org.h2");
    }

    @Override
    public Dialect dialect() {
        return H2Dialect.INSTANCE;
    }

    @Override
    public HibernateProduct hibernate() {
        return new HibernateProduct("H2", 2, 3);
    }

    @Override
    public CatalogReader catalogReader() {
        return new H2CatalogReader();
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(new H2ScratchSpace());
    }

    @Override
    public int order() {
        return 30;
    }
}
