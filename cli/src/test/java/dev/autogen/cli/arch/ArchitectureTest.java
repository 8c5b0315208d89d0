package dev.autogen.cli.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules, checked on the sources: heavy libraries stay out of core, diff and runtime (a generated
 * migration needs runtime alone), the engine never reaches into the command line, only the command line prints, and generic code never asks which database it is.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of(System.getProperty(
            "maven.multiModuleProjectDirectory",
            Path.of("").toAbsolutePath().getParent().toString()));

    private static final Pattern LIBRARIES = Pattern.compile(
            "^import (static )?(org\\.hibernate|schemacrawler|us\\.fatehi|org\\.apache\\.velocity|com\\.palantir|picocli|io\\.github\\.classgraph)\\.",
            Pattern.MULTILINE);
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)\\.");
    private static final Pattern ASKS_WHICH_DATABASE = Pattern.compile(
            "equals(IgnoreCase)?\\(\"(postgresql|sqlite|mariadb|mysql|h2)\"\\)|instanceof (Postgres|Sqlite|MariaDb|H2)Dialect");

    @Test
    void coreDiffAndRuntimeUseNoHeavyLibrary() {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of(
                "core",
                "diff",
                "runtime",
                "databases/postgresql",
                "databases/mariadb",
                "databases/sqlite",
                "databases/h2")) {
            sources(module)
                    .filter(f -> LIBRARIES.matcher(read(f)).find())
                    .forEach(f -> offenders.add(ROOT.relativize(f).toString()));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theEngineNeverReachesTheCommandLine() {
        Pattern cli = Pattern.compile("^import (static )?(dev\\.autogen\\.cli|picocli)\\.", Pattern.MULTILINE);
        List<String> offenders = new ArrayList<>();
        sources("engine")
                .filter(f -> cli.matcher(read(f)).find())
                .forEach(f -> offenders.add(ROOT.relativize(f).toString()));
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyTheCommandLinePrints() {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of(
                "core",
                "diff",
                "runtime",
                "introspect",
                "codegen",
                "templates",
                "engine",
                "databases/postgresql",
                "databases/mariadb",
                "databases/sqlite",
                "databases/h2")) {
            sources(module)
                    .filter(f -> PRINTS.matcher(read(f)).find())
                    .forEach(f -> offenders.add(ROOT.relativize(f).toString()));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void genericCodeNeverAsksWhichDatabaseItIs() {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("core", "diff", "runtime", "introspect", "codegen", "engine", "cli")) {
            // the Maven enforcer keeps database classes out of these modules; this keeps out asking by name
            sources(module)
                    .filter(f -> ASKS_WHICH_DATABASE.matcher(read(f)).find())
                    .forEach(f -> offenders.add(ROOT.relativize(f).toString()));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        List<String> missing = new ArrayList<>();
        for (String module : List.of(
                "core",
                "diff",
                "runtime",
                "introspect",
                "codegen",
                "templates",
                "engine",
                "cli",
                "databases/postgresql",
                "databases/mariadb",
                "databases/sqlite",
                "databases/h2",
                "databases/contract",
                "testing")) {
            sources(module)
                    .map(Path::getParent)
                    .distinct()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .forEach(dir -> missing.add(ROOT.relativize(dir).toString()));
        }
        assertEquals(List.of(), missing);
    }

    private static Stream<Path> sources(String module) {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(main), "no sources at " + main);
        try {
            return Files.walk(main).filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
