package dev.autogen.cli;

import dev.autogen.cli.config.SettingsResolver;
import dev.autogen.engine.IoReasons;
import dev.autogen.runtime.internal.secret.Redaction;
import dev.autogen.templates.MigrationTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code autogen init}: the migrations folder, its template and a settings file. */
final class Scaffold {

    private Scaffold() {}

    /**
     * Creates {@code migrations/versions} (or, with a migrations package, that package's folder under the source
     * root), the template and (where there is none) {@code autogen.properties} in {@code workingDir}, recording the
     * {@code --url}, {@code --entities}, {@code --package}, {@code --migrations-package} and {@code --source-root}
     * given in place of its examples. A URL that holds a password is refused: the file is meant to be committed.
     *
     * @param migrationsPackage the package new migrations are written into as sources of the application, or null
     * @param sourceRoot the source root that package is in (absolute)
     * @return one line per file or folder created
     */
    static List<String> init(
            Path workingDir,
            Path migrations,
            String url,
            String entities,
            List<String> packages,
            String migrationsPackage,
            Path sourceRoot) {
        if (url != null && !Redaction.passwordsIn(url).isEmpty()) {
            throw new UserError(
                    "init does not write a password into " + SettingsResolver.DEFAULT_CONFIG
                            + ": give --url without it, and the password as AUTOGEN_PASSWORD or in a file named by password-file=");
        }
        List<String> done = new ArrayList<>();
        try {
            if (migrationsPackage != null) {
                Path folder = sourceRoot.resolve(migrationsPackage.replace('.', '/'));
                if (Files.exists(migrations.resolve(MigrationTemplates.USER_TEMPLATE))) {
                    throw new UserError(
                            migrations + " already holds a template; pick another folder or keep using" + " this one");
                }
                if (!Files.isDirectory(folder)) {
                    Files.createDirectories(folder);
                    done.add("Created " + folder + " (new migrations are written here, in package " + migrationsPackage
                            + ")");
                }
                Files.createDirectories(migrations);
            } else {
                if (Files.isDirectory(migrations.resolve("versions"))) {
                    throw new UserError(migrations
                            + " already holds a versions folder; pick another folder or keep using this one");
                }
                Files.createDirectories(migrations.resolve("versions"));
                done.add("Created " + migrations.resolve("versions"));
            }
            Path template = migrations.resolve(MigrationTemplates.USER_TEMPLATE);
            try (InputStream in = MigrationTemplates.class
                    .getClassLoader()
                    .getResourceAsStream(MigrationTemplates.DEFAULT_TEMPLATE)) {
                if (in == null) {
                    throw new IllegalStateException("the default template is missing from the class path");
                }
                Files.copy(in, template);
            }
            done.add("Created " + template + " (edit it to change how new migrations look)");
            Path config = workingDir.resolve(SettingsResolver.DEFAULT_CONFIG);
            if (!Files.exists(config)) {
                Path rel = config.getParent().relativize(migrations);
                Files.writeString(
                        config,
                        String.join(
                                "\n",
                                "# Autogen settings. Every key can be overridden by a flag (--url ...) or an environment variable (AUTOGEN_URL ...).",
                                "# Relative paths are resolved against this file's folder.",
                                "url=" + propertyValue(url == null ? "jdbc:sqlite:app.db" : url),
                                "#user=",
                                "# the password: prefer AUTOGEN_PASSWORD or a file holding it to writing it here",
                                "#password-file=",
                                "#schema=",
                                "migrations=" + rel.toString().replace('\\', '/'),
                                "entities=" + propertyValue(entities == null ? "target/classes" : entities),
                                packages == null || packages.isEmpty()
                                        ? "#package=com.example.model"
                                        : "package=" + propertyValue(String.join(",", packages)),
                                migrationsPackage == null
                                        ? "# migrations as sources of the application, compiled by its build (instead of"
                                                + " versions/ above)\n#migrations-package=com.example.db.migrations\n"
                                                + "#source-root=src/main/java"
                                        : "# migrations are sources of the application, compiled by its build\n"
                                                + "migrations-package=" + migrationsPackage + "\nsource-root="
                                                + propertyValue(config.getParent()
                                                        .relativize(sourceRoot)
                                                        .toString()
                                                        .replace('\\', '/')),
                                "# tables other tools own, never compared (globs, comma-separated); or name yours with include=",
                                "#exclude=flyway_*, qrtz_*",
                                "# compare through a scratch copy of the entities' schema (default: on for SQLite and H2)",
                                "#scratch=true",
                                "# compare every schema the entities name (@Table(schema = ...)), not only 'schema'",
                                "#all-schemas=true",
                                "# your application's Hibernate mapping settings (Spring Boot's naming and application.yml"
                                        + " are read on their own)",
                                "#hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                                "#hibernate.globally_quoted_identifiers=true",
                                ""),
                        StandardCharsets.UTF_8);
                done.add("Created " + config + " (set url, entities and package)");
            }
        } catch (IOException e) {
            throw new UserError("cannot create " + migrations + ": " + IoReasons.of(e)
                    + "; check that its parent folder exists and is writable");
        }
        return done;
    }

    /** A value as a properties file reads it back: backslashes doubled, line breaks and a leading blank escaped. */
    private static String propertyValue(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
