package dev.autogen.databases.sqlite;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScratchSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** SQLite: {@code jdbc:sqlite:} URLs; a relative file is a file next to the config file that names it. */
public final class SqliteDatabase implements Database {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> aliases() {
        return List.of("sqlite3");
    }

    @Override
    public String jdbcSubprotocol() {
        return "sqlite";
    }

    @Override
    public String resolveRelativeTo(String url, Path base) {
        if (!url.startsWith(PREFIX)) {
            return url;
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        String tail = query < 0 ? "" : rest.substring(query);
        if (file.isEmpty()
                || file.startsWith(":")
                || file.startsWith("file:")
                || Path.of(file).isAbsolute()) {
            return url;
        }
        return PREFIX + base.resolve(file).normalize() + tail;
    }

    @Override
    public List<String> driverLoggers() {
        return List.of("org.sqlite");
    }

    @Override
    public Dialect dialect() {
        return SqliteDialect.INSTANCE;
    }

    @Override
    public HibernateProduct hibernate() {
        return new HibernateProduct("SQLite", 3, 45);
    }

    @Override
    public CatalogReader catalogReader() {
        return new SqliteCatalogReader();
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(new SqliteScratchSpace());
    }

    @Override
    public int order() {
        return 20;
    }
}
