package dev.autogen.runtime.internal.fanout;

import java.util.List;
import java.util.Objects;

/**
 * One target of a fan-out: a schema of a server, or a database of its own.
 *
 * @param name how results name it: the schema, or the URL as written (its password masked)
 * @param schema the schema (or, on MariaDB and MySQL, the database) the connections work in; null for the URL's own
 * @param connections opens connections that work in the target
 * @param secrets passwords to mask in what is printed about it
 */
public record Target(String name, String schema, Target.Connections connections, List<String> secrets) {

    /** Opens a new connection that works in the target; the caller closes it. */
    @FunctionalInterface
    public interface Connections {
        java.sql.Connection open() throws java.sql.SQLException;
    }

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connections, "connections");
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }
}
