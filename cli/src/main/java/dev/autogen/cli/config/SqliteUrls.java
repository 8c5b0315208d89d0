package dev.autogen.cli.config;

import java.nio.file.Path;

/** A relative SQLite file in a config file means a file next to the config, as a reader of the file expects. */
final class SqliteUrls {
    private static final String PREFIX = "jdbc:sqlite:";

    private SqliteUrls() {}

    static String resolve(String url, Path base) {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        String tail = query < 0 ? "" : rest.substring(query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Path.of(file).isAbsolute()) {
            return url;
        }
        return PREFIX + base.resolve(file).normalize() + tail;
    }
}
