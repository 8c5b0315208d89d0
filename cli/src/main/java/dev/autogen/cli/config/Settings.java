package dev.autogen.cli.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Resolved settings for one command.
 *
 * @param url JDBC URL of the database
 * @param user database user, or null
 * @param password database password, or null; never printed
 * @param schema schema to compare, or null for the connection's default
 * @param migrations the migrations folder (holding {@code versions/})
 * @param entities class path entries holding the compiled entities
 * @param packages packages to scan for entities (empty: all)
 */
public record Settings(
        String url, String user, String password, String schema, Path migrations, List<Path> entities, List<String> packages) {

    public Settings {
        entities = entities == null ? List.of() : List.copyOf(entities);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public Path versions() {
        return migrations.resolve("versions");
    }
}
