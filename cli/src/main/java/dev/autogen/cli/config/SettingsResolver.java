package dev.autogen.cli.config;

import dev.autogen.cli.UserError;
import dev.autogen.core.database.Databases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds {@link Settings}: a flag wins over an environment variable, which wins over {@code autogen.properties}.
 * Relative paths in the file are resolved against the file's folder; relative paths from flags and the environment
 * against the working directory.
 */
public final class SettingsResolver {

    public static final String DEFAULT_CONFIG = "autogen.properties";

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                    + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

    private final Map<String, String> env;
    private final Path workingDir;

    private final java.util.function.Consumer<String> warnings;

    public SettingsResolver(Map<String, String> env, Path workingDir) {
        this(env, workingDir, warning -> {});
    }

    /** @param warnings gets one line per problem that is no error (an unknown key in the config file) */
    public SettingsResolver(Map<String, String> env, Path workingDir, java.util.function.Consumer<String> warnings) {
        this.env = env;
        this.workingDir = workingDir;
        this.warnings = warnings;
    }

    /** Settings given on the command line; null fields were not given. */
    public record Flags(
            Path config,
            String url,
            String user,
            String password,
            String schema,
            Path migrations,
            String entities,
            List<String> packages,
            List<String> include,
            List<String> exclude,
            Boolean scratch,
            Boolean allSchemas,
            Path passwordFile,
            String migrationsPackage,
            Path sourceRoot,
            Map<String, String> hibernateProperties,
            String springProfile,
            String online) {}

    public Settings resolve(Flags flags) {
        Path configFile = flags.config() != null ? workingDir.resolve(flags.config()) : null;
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new UserError(
                    "config file " + configFile + " does not exist; create it with 'autogen init' or fix --config");
        }
        if (configFile == null && Files.isRegularFile(workingDir.resolve(DEFAULT_CONFIG))) {
            configFile = workingDir.resolve(DEFAULT_CONFIG);
        }
        Properties file = ConfigFile.load(configFile, warnings);
        Path fileDir =
                configFile == null ? workingDir : configFile.toAbsolutePath().getParent();

        String urlOutsideFile = first(flags.url(), env.get("AUTOGEN_URL"), env.get("DATABASE_URL"));
        // a platform URL (postgres://user:pass@host/db) becomes a JDBC URL; its user and password, decoded, come after
        // the ones given on their own (flags, environment) and before the file's
        DatabaseUrls.Parsed parsed = DatabaseUrls.parse(first(urlOutsideFile, file.getProperty("url")));
        String url = parsed == null ? null : parsed.jdbc();
        String user = first(
                flags.user(), env.get("AUTOGEN_USER"), parsed == null ? null : parsed.user(), file.getProperty("user"));
        String password = secret(flags.password());
        if (password == null) {
            password = passwordFile(flags.passwordFile(), workingDir, "--password-file");
        }
        if (password == null) {
            password = secret(env.get("AUTOGEN_PASSWORD"));
        }
        if (password == null) {
            password = passwordFile(pathOrNull(env.get("AUTOGEN_PASSWORD_FILE")), workingDir, "AUTOGEN_PASSWORD_FILE");
        }
        if (password == null) {
            password = secret(parsed == null ? null : parsed.password(), file.getProperty("password"));
        }
        if (password == null) {
            password = passwordFile(
                    pathOrNull(file.getProperty("password-file")), fileDir, "'password-file' in " + configFile);
        }
        String schema = first(flags.schema(), env.get("AUTOGEN_SCHEMA"), file.getProperty("schema"));

        Path migrations = path(
                flags.migrations(),
                env.get("AUTOGEN_MIGRATIONS"),
                file.getProperty("migrations"),
                fileDir,
                "migrations");
        List<Path> entities =
                paths(flags.entities(), env.get("AUTOGEN_ENTITIES"), file.getProperty("entities"), fileDir);
        List<String> packages = flags.packages() != null && !flags.packages().isEmpty()
                ? flags.packages()
                : split(first(env.get("AUTOGEN_PACKAGE"), file.getProperty("package")), ",");
        List<String> include = list(flags.include(), env.get("AUTOGEN_INCLUDE"), file.getProperty("include"));
        List<String> exclude = list(flags.exclude(), env.get("AUTOGEN_EXCLUDE"), file.getProperty("exclude"));
        Boolean scratch = flags.scratch() != null
                ? flags.scratch()
                : bool("AUTOGEN_SCRATCH", env.get("AUTOGEN_SCRATCH"), "scratch", file.getProperty("scratch"));
        Boolean allSchemas = flags.allSchemas() != null
                ? flags.allSchemas()
                : bool(
                        "AUTOGEN_ALL_SCHEMAS",
                        env.get("AUTOGEN_ALL_SCHEMAS"),
                        "all-schemas",
                        file.getProperty("all-schemas"));
        Boolean online = online(first(flags.online(), env.get("AUTOGEN_ONLINE"), file.getProperty("online")));
        String migrationsPackage = first(
                flags.migrationsPackage(),
                env.get("AUTOGEN_MIGRATIONS_PACKAGE"),
                file.getProperty("migrations-package"));
        if (migrationsPackage != null && !PACKAGE.matcher(migrationsPackage).matches()) {
            throw new UserError("'" + migrationsPackage + "' is not a Java package name; give --migrations-package the"
                    + " package the migrations are compiled into, for example com.example.app.db.migrations");
        }
        Path sourceRoot = migrationsPackage == null
                ? null
                : path(
                        flags.sourceRoot(),
                        env.get("AUTOGEN_SOURCE_ROOT"),
                        file.getProperty("source-root"),
                        fileDir,
                        "src/main/java");
        // Hibernate settings: the file's hibernate.* keys, each flag over the file's value for its key
        Map<String, String> hibernate = new java.util.TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            if (ConfigFile.hibernateKey(key)) {
                hibernate.put(key, file.getProperty(key).strip());
            }
        }
        if (flags.hibernateProperties() != null) {
            for (Map.Entry<String, String> e : flags.hibernateProperties().entrySet()) {
                String key = e.getKey().strip();
                if (!ConfigFile.hibernateKey(key)) {
                    throw new UserError("--hibernate-property " + key + "=" + e.getValue() + " names no Hibernate"
                            + " setting; give a key that starts with 'hibernate.' or 'jakarta.persistence.'"
                            + " (hibernate.physical_naming_strategy=...)");
                }
                hibernate.put(key, e.getValue().strip());
            }
        }
        String springProfile = first(
                flags.springProfile(),
                env.get("AUTOGEN_SPRING_PROFILE"),
                System.getProperty("autogen.springProfile"),
                file.getProperty("spring-profile"));
        Boolean validateOnMigrate = bool(
                "AUTOGEN_VALIDATE_ON_MIGRATE",
                env.get("AUTOGEN_VALIDATE_ON_MIGRATE"),
                "validate-on-migrate",
                file.getProperty("validate-on-migrate"));
        if (url != null) {
            // a relative SQLite file in a config file means a file next to the config, as a reader of the file expects
            String resolvable = url;
            Path base = urlOutsideFile != null ? workingDir : fileDir;
            url = Databases.findForUrl(url)
                    .map(d -> d.resolveRelativeTo(resolvable, base))
                    .orElse(url);
        }
        return new Settings(
                url,
                user,
                password,
                schema,
                migrations,
                entities,
                packages,
                include,
                exclude,
                scratch,
                Boolean.TRUE.equals(allSchemas),
                migrationsPackage,
                sourceRoot,
                hibernate,
                springProfile,
                online,
                validateOnMigrate,
                number(
                        "AUTOGEN_DDL_LOCK_TIMEOUT",
                        env.get("AUTOGEN_DDL_LOCK_TIMEOUT"),
                        "ddl-lock-timeout",
                        file.getProperty("ddl-lock-timeout"),
                        "seconds"),
                integer(
                        "AUTOGEN_DDL_RETRIES",
                        env.get("AUTOGEN_DDL_RETRIES"),
                        "ddl-retries",
                        file.getProperty("ddl-retries")));
    }

    /** A number of 0 or more from the environment, else the file; null when neither gives one. */
    private static Double number(String envName, String envValue, String key, String fileValue, String unit) {
        String value = first(envValue, fileValue);
        if (value == null) {
            return null;
        }
        String where = first(envValue) != null ? envName : "'" + key + "' in the config file";
        try {
            double n = Double.parseDouble(value.strip());
            if (n >= 0 && !Double.isInfinite(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserError(where + " must be 0 or more " + unit + ", not '" + value.strip() + "'");
    }

    private static Integer integer(String envName, String envValue, String key, String fileValue) {
        Double n = number(envName, envValue, key, fileValue, "(a whole number)");
        if (n == null) {
            return null;
        }
        if (n != Math.rint(n) || n > Integer.MAX_VALUE) {
            String where = first(envValue) != null ? envName : "'" + key + "' in the config file";
            throw new UserError(where + " must be a whole number of 0 or more, not '"
                    + first(envValue, fileValue).strip() + "'");
        }
        return n.intValue();
    }

    /** {@code auto} or {@code off}, else a one-line error; null when not given. */
    private static Boolean online(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default ->
                throw new UserError("online '" + value.strip() + "' is neither auto nor off; give --online auto"
                        + " (changes to existing tables in the forms that do not block writes) or --online off");
        };
    }

    /** Repeated flags (each may hold several, comma-separated), else the environment's list, else the file's. */
    private static List<String> list(List<String> flag, String envValue, String fileValue) {
        if (flag != null && !flag.isEmpty()) {
            return flag.stream().flatMap(f -> split(f, ",").stream()).toList();
        }
        return split(first(envValue, fileValue), ",");
    }

    private static Boolean bool(String envName, String envValue, String key, String fileValue) {
        String value = first(envValue);
        String where = envName;
        if (value == null) {
            value = first(fileValue);
            where = "'" + key + "' in the config file";
        }
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new UserError(where + " must be true or false, not '" + value + "'");
        };
    }

    /** A flag's path, else the environment's, else the file's (against its folder), else {@code otherwise}. */
    private Path path(Path flag, String envValue, String fileValue, Path fileDir, String otherwise) {
        if (flag != null) {
            return workingDir.resolve(flag).normalize();
        }
        if (envValue != null && !envValue.isBlank()) {
            return workingDir.resolve(envValue.trim()).normalize();
        }
        if (fileValue != null && !fileValue.isBlank()) {
            return fileDir.resolve(fileValue.trim()).normalize();
        }
        return workingDir.resolve(otherwise).normalize();
    }

    private List<Path> paths(String flag, String envValue, String fileValue, Path fileDir) {
        String value;
        Path base;
        if (flag != null) {
            value = flag;
            base = workingDir;
        } else if (envValue != null && !envValue.isBlank()) {
            value = envValue;
            base = workingDir;
        } else {
            value = fileValue;
            base = fileDir;
        }
        List<Path> out = new ArrayList<>();
        for (String part : split(value, java.io.File.pathSeparator)) {
            out.add(base.resolve(part).normalize());
        }
        return out;
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator)))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The first password given, as given: a password may begin or end with a space. */
    private static String secret(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static Path pathOrNull(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    /**
     * The password in a file (its first line, without the line break); null for no file. The error names the file and
     * the reason, never the content.
     */
    private static String passwordFile(Path file, Path base, String where) {
        if (file == null) {
            return null;
        }
        Path resolved = base.resolve(file).normalize();
        try {
            String content = Files.readString(resolved, StandardCharsets.UTF_8);
            int lineEnd = content.indexOf('\n');
            String line = lineEnd < 0 ? content : content.substring(0, lineEnd);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(
                    "the password file " + resolved + " (" + where + ") does not exist; create it or fix " + where);
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read the password file " + resolved + " (" + where + "): "
                    + e.getClass().getSimpleName() + "; check that it is a readable file");
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
