package dev.autogen.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * @param include glob patterns of the tables to compare (empty: all)
 * @param exclude glob patterns of the tables never to compare
 * @param scratch whether to compare through a scratch copy of the entities' schema; null for the database's default
 * @param allSchemas whether to compare every schema the entities name ({@code @Table(schema = ...)}) besides
 *     {@code schema}, rather than that schema alone
 * @param migrationsPackage the package migrations are written into as sources of the application
 *     ({@code --migrations-package}), or null for {@code versions/} of the migrations folder
 * @param sourceRoot the source root that package is in ({@code --source-root}, default {@code src/main/java})
 * @param hibernateProperties Hibernate settings the entities are read with ({@code --hibernate-property}, the
 *     {@code hibernate.*} keys of {@code autogen.properties})
 * @param springProfile the Spring profile whose application files are read, or null for the default
 * @param online whether {@code revision --autogenerate} writes online forms ({@code --online auto}) or plain ones
 *     ({@code off}); null for the database's default
 * @param ddlLockTimeoutSeconds how long a migration's statement waits for a lock ({@code ddl-lock-timeout}); null
 *     for the default
 * @param ddlRetries how many times a migration that gave up waiting for a lock is tried again ({@code ddl-retries});
 *     null for the default
 * @param validateOnMigrate whether {@code upgrade} first checks the applied migrations' checksums
 *     ({@code validate-on-migrate}); null for the default, true
 */
public record Settings(
        String url,
        String user,
        String password,
        String schema,
        Path migrations,
        List<Path> entities,
        List<String> packages,
        List<String> include,
        List<String> exclude,
        Boolean scratch,
        boolean allSchemas,
        String migrationsPackage,
        Path sourceRoot,
        Map<String, String> hibernateProperties,
        String springProfile,
        Boolean online,
        Boolean validateOnMigrate,
        Double ddlLockTimeoutSeconds,
        Integer ddlRetries) {

    public Settings {
        hibernateProperties = hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties);
        entities = entities == null ? List.of() : List.copyOf(entities);
        packages = packages == null ? List.of() : List.copyOf(packages);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** What messages must never print: the password and any password written in the URL, raw and decoded. */
    public List<String> secrets() {
        return List.of(dev.autogen.runtime.internal.secret.Redaction.secrets(url, password));
    }

    /** Whether migrations are sources of the application, in {@link #migrationsPackage}. */
    public boolean inPackage() {
        return migrationsPackage != null;
    }

    /**
     * The folder of the migration sources: the migrations package's folder under the source root, else
     * {@code versions/} of the migrations folder.
     */
    public Path versions() {
        return inPackage() ? sourceRoot.resolve(migrationsPackage.replace('.', '/')) : migrations.resolve("versions");
    }
}
