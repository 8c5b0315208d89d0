package dev.autogen.runtime.internal.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes migration sources, as the generator would, into a versions folder for a test. */
final class VersionsFolder {

    private final Path dir;
    private final boolean javacOnly;

    VersionsFolder(Path dir) {
        this(dir, false);
    }

    /**
     * @param javacOnly true to write migrations that javac compiles (a field keeps them out of the form that runs from
     *     its text), for tests of compiling and of the class cache
     */
    VersionsFolder(Path dir, boolean javacOnly) {
        this.dir = dir;
        this.javacOnly = javacOnly;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** A migration whose upgrade and downgrade each run one SQL statement; {@code revises} null for the first. */
    Path migration(String id, String revises, String message, String upgradeSql, String downgradeSql) {
        return migration(id, revises, message, List.of(upgradeSql), List.of(downgradeSql));
    }

    Path migration(String id, String revises, String message, List<String> upgradeSql, List<String> downgradeSql) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String className = camel(slug) + "_" + id;
        String source = """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s", revises = {%s}, message = "%s", created = "2025-11-26T10:00:00Z")
                final class %s implements Migration {
                %s
                    @Override
                    public void upgrade(Operations op) {
                %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                %s
                    }
                }
                """.formatted(
                        id,
                        revises == null ? "" : "\"" + revises + "\"",
                        message,
                        className,
                        javacOnly ? "    private final boolean compiledByJavac = true;\n" : "",
                        calls(upgradeSql),
                        calls(downgradeSql));
        return file(id + "_" + slug + ".java", source);
    }

    /** Any file content. */
    Path file(String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String calls(List<String> sql) {
        return sql.stream()
                .map(s -> "        op.execute(\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\");")
                .collect(Collectors.joining("\n"));
    }

    private static String camel(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : slug.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.length() == 0 ? "Migration" : out.toString();
    }
}
