package dev.autogen.cli.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files with Java bodies into a versions folder, as a user (or the generator) would. */
final class MigrationSources {

    private final Path versions;
    private final boolean javacOnly;

    MigrationSources(Path versions) {
        this(versions, false);
    }

    /**
     * @param javacOnly true to write migrations that javac compiles (a field keeps them out of the form that runs from
     *     its text), for tests of compiling and of the class cache
     */
    MigrationSources(Path versions, boolean javacOnly) {
        this.versions = versions;
        this.javacOnly = javacOnly;
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return versions;
    }

    /** {@code revises} null for the first revision; the bodies are Java statements on {@code op}. */
    Path write(String id, String revises, String message, String upgrade, String downgrade) {
        return write(id, revises, message, "", upgrade, downgrade);
    }

    /** As {@link #write(String, String, String, String, String)}, with more elements of {@code @Revision}. */
    Path write(String id, String revises, String message, String elements, String upgrade, String downgrade) {
        String source = """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "%s", revises = {%s}, message = "%s"%s)
                final class M_%s implements Migration {
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
                        elements.isEmpty() ? "" : ", " + elements,
                        id,
                        javacOnly ? "    private final boolean compiledByJavac = true;\n" : "",
                        indent(upgrade),
                        indent(downgrade));
        Path file = versions.resolve(id + "_" + message.replaceAll("[^a-z0-9]+", "_") + ".java");
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String indent(String body) {
        return body.strip()
                .lines()
                .map(l -> "        " + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
