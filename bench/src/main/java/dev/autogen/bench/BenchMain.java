package dev.autogen.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark. For each model size it generates the entities and their database (Hibernate's export), perturbs the
 * database in about N/10 places, then times, in alternating order, the real command line's {@code check} and
 * {@code revision --autogenerate} (through the {@code autogen} launcher, each a new JVM) against Hibernate's
 * validator (a new JVM too). For the upgrade comparison it autogenerates the initial migration of an empty database,
 * then times {@code autogen upgrade head} (compiling included) against {@code psql} running the same DDL
 * ({@code autogen upgrade head --sql}). Last, on a history of 1,000 migrations on SQLite, it times the commands that
 * read the revision graph and {@code upgrade head} against Alembic ({@link HistoryRun}). It prints a Markdown report.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String loadBefore = Machine.loadAverage();
        BenchMain.log("machine: " + Machine.describe() + "; load average " + loadBefore);
        Files.createDirectories(options.work());
        BenchDatabase databases = new BenchDatabase(options.adminUrl());
        ProcessRunner runner = new ProcessRunner(options.work().resolve("scratch"));
        List<SizeResult> sizes = new ArrayList<>();
        for (int size : options.sizes()) {
            sizes.add(new SizeRun(options, databases, runner, size).run());
        }
        List<UpgradeResult> upgrades = new ArrayList<>();
        for (int size : options.upgradeSizes()) {
            upgrades.add(new UpgradeRun(options, databases, runner, size).run());
        }
        List<HistoryResult> histories = new ArrayList<>();
        for (int size : options.historySizes()) {
            histories.add(new HistoryRun(options, runner, size).run());
        }
        String report = Report.markdown(options, sizes, upgrades, histories, loadBefore, Machine.loadAverage());
        System.out.println();
        System.out.println(report);
        if (options.report() != null) {
            Files.writeString(options.report(), report, StandardCharsets.UTF_8);
        }
    }

    static void log(String line) {
        System.err.println("bench: " + line);
        System.err.flush();
    }

    /** The {@code autogen} command line through the repository's launcher. */
    static List<String> autogen(BenchOptions options, String... args) {
        List<String> command = new ArrayList<>();
        command.add(options.launcher().toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Environment for autogen runs: phase timings on. */
    static Map<String, String> autogenEnv() {
        return Map.of("AUTOGEN_TIMINGS", "1");
    }

    static void requireExit(Measurement m, int expected, String what) {
        if (m.exitCode() != expected) {
            throw new IllegalStateException(what + " exited " + m.exitCode() + " (expected " + expected + ")\nstdout:\n"
                    + m.stdout() + "\nstderr:\n" + m.stderr());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** psql's connection arguments for a JDBC URL: host, port, user and database. */
    static List<String> psqlConnection(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> args = new ArrayList<>(List.of(
                "-h",
                uri.getHost(),
                "-p",
                Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-d",
                uri.getPath().substring(1)));
        String query = uri.getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("user=")) {
                    args.addAll(List.of("-U", pair.substring("user=".length())));
                }
            }
        }
        return args;
    }
}
