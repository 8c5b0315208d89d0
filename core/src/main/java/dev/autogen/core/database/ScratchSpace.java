package dev.autogen.core.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How one kind of database makes a scratch space (see {@link Scratch}). One implementation per database, in that
 * database's package, registered in {@link ScratchSpaces}.
 */
public interface ScratchSpace {

    /** The {@code SchemaDialect#name()} this serves. */
    String dialectName();

    /**
     * Whether comparing through a scratch space is the default on this database: yes for embedded databases, where
     * it costs nothing; no for servers, where it needs the right to create a schema or database.
     */
    boolean onByDefault();

    /**
     * Opens a new, empty scratch space named {@code name} (letters, digits and underscores) next to the database
     * {@code connection} is connected to. The caller closes the scratch; {@code connection} stays open.
     */
    Scratch open(Connection connection, String name) throws SQLException;

    /**
     * Whether the scratch space is an in-memory database that needs no server (SQLite, H2): {@link #open} then also
     * takes a null connection, for a scratch space of the database's default kind. No by default.
     */
    default boolean inMemory() {
        return false;
    }
}
