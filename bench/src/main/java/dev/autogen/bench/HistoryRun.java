package dev.autogen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A history of N migrations on SQLite: {@code autogen heads}, {@code current} and {@code history} (the first run after
 * the build, with no {@code .autogen} folder, then medians with the compiled classes deleted before each run), and {@code autogen upgrade head} on an empty database, with the migrations compiled afresh
 * and with them compiled by an earlier run, against Alembic's {@code heads}, {@code current}, {@code history} and
 * {@code upgrade head} on the same history ({@code python3 -m alembic}, Debian's {@code python3-alembic}); compiled,
 * also in one transaction for the whole run ({@code --transaction-per-run}), as Alembic's default runs where DDL is
 * transactional (on SQLite, which Alembic counts as not, it commits each migration, as Autogen's default does).
 */
final class HistoryRun {

    static final List<String> GRAPH_COMMANDS = List.of("heads", "current", "history");

    private final BenchOptions options;
    private final ProcessRunner runner;
    private final int size;
    private final Path dir;

    HistoryRun(BenchOptions options, ProcessRunner runner, int size) {
        this.options = options;
        this.runner = runner;
        this.size = size;
        this.dir = options.work().resolve("history-" + size);
    }

    HistoryResult run() throws Exception {
        BenchMain.deleteTree(dir);
        Path migrations = dir.resolve("autogen/migrations");
        Path autogenDb = dir.resolve("autogen/app.db");
        Path alembicDir = dir.resolve("alembic");
        Path alembicDb = alembicDir.resolve("app.db");
        BenchMain.log("history N=" + size + ": generating the migrations");
        HistoryGenerator.autogen(migrations.resolve("versions"), size);
        HistoryGenerator.alembic(alembicDir, alembicDb, size);
        List<String> connection = List.of("--url", "jdbc:sqlite:" + autogenDb, "--migrations", migrations.toString());
        Path cache = migrations.resolve(".autogen");
        String alembic = alembicVersion();
        String head = HistoryGenerator.id(size - 1);

        Map<String, Measurement> first = new LinkedHashMap<>();
        boolean graphCompiled = false;
        for (String command : GRAPH_COMMANDS) {
            Measurement m = autogen(command, connection);
            first.put(command, m);
            graphCompiled |= Files.exists(cache.resolve("classes"));
            BenchMain.log(
                    String.format(Locale.ROOT, "history N=%d first autogen %s: %.0f ms", size, command, m.wallMs()));
        }

        Map<String, List<Measurement>> runs = new LinkedHashMap<>();
        for (int round = 0; round <= options.rounds(); round++) {
            List<String> order = new ArrayList<>(List.of(
                    "autogen no cache",
                    "autogen javac",
                    "autogen later run",
                    "autogen later run, one transaction",
                    "alembic compiling",
                    "alembic"));
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String tool : order) {
                if (tool.startsWith("alembic") && alembic.startsWith("-")) {
                    continue;
                }
                Measurement m;
                String label;
                if (tool.startsWith("alembic")) {
                    Files.deleteIfExists(alembicDb);
                    if (tool.equals("alembic compiling")) {
                        deletePycache(alembicDir); // a fresh checkout, as autogen's "no cache"
                    }
                    settle();
                    m = alembicRun(alembicDir, "upgrade", "head");
                    label = tool.equals("alembic") ? "alembic upgrade head" : "alembic upgrade head (compiling)";
                } else {
                    Files.deleteIfExists(autogenDb);
                    boolean javac = tool.equals("autogen javac");
                    if (tool.equals("autogen no cache") || javac) {
                        BenchMain.deleteTree(cache); // a fresh checkout
                    } else if (!Files.exists(cache.resolve("headers"))) {
                        BenchMain.requireExit(
                                autogen("upgrade", List.of("head", "-q"), connection), 0, "autogen upgrade");
                        Files.deleteIfExists(autogenDb);
                    }
                    settle();
                    // Alembic's default runs every migration in one transaction; --transaction-per-run is that mode
                    List<String> all = new ArrayList<>(List.of("upgrade"));
                    all.addAll(
                            tool.endsWith("one transaction")
                                    ? List.of("head", "-q", "--transaction-per-run")
                                    : List.of("head", "-q"));
                    all.addAll(connection);
                    Map<String, String> env = new java.util.HashMap<>(BenchMain.autogenEnv());
                    if (javac) {
                        // every migration compiled by javac, as before migrations ran from their text
                        env.put("AUTOGEN_JAVA_OPTS", "-Dautogen.interpret=false");
                    }
                    m = runner.run(BenchMain.autogen(options, all.toArray(String[]::new)), dir, env);
                    label = "autogen upgrade head (" + tool.substring("autogen ".length()) + ")";
                }
                record(runs, round, label, m);
            }
            // the graph commands, with both databases at head
            for (String command : GRAPH_COMMANDS) {
                for (boolean autogenFirst : List.of(round % 2 == 0, round % 2 != 0)) {
                    Measurement m;
                    String label;
                    if (autogenFirst) {
                        BenchMain.deleteTree(cache.resolve("classes")); // what a graph command finds after a build
                        m = autogen(command, connection);
                        label = "autogen " + command;
                        graphCompiled |= Files.exists(cache.resolve("classes"));
                        if (!m.stdout().contains(head)) {
                            throw new IllegalStateException(
                                    "autogen " + command + " does not name " + head + ":\n" + m.stdout());
                        }
                    } else {
                        if (alembic.startsWith("-")) {
                            continue;
                        }
                        m = alembicRun(alembicDir, command);
                        label = "alembic " + command;
                    }
                    record(runs, round, label, m);
                }
            }
        }
        return new HistoryResult(size, first, runs, graphCompiled, alembic);
    }

    /** Checks a run's exit code, keeps it unless it warmed up (round 0), and logs it. */
    private void record(Map<String, List<Measurement>> runs, int round, String label, Measurement m) {
        BenchMain.requireExit(m, 0, label);
        if (round > 0) {
            runs.computeIfAbsent(label, k -> new ArrayList<>()).add(m);
        }
        BenchMain.log(String.format(
                Locale.ROOT,
                "history N=%d %s %s: %.0f ms (cpu %.0f ms)%s",
                size,
                round == 0 ? "warm-up" : "round " + round,
                label,
                m.wallMs(),
                m.cpuMs(),
                m.phases().isEmpty() ? "" : " " + m.phases()));
    }

    /**
     * Writes the file system's dirty pages out ({@code sync}, untimed) before a timed {@code upgrade}: the files the
     * previous run wrote and deleted (a database, a thousand compiled classes or {@code .pyc} files) would otherwise be
     * written back during the next run, whichever tool it is, and be timed there.
     */
    private void settle() throws Exception {
        Path sync = Path.of("/bin/sync");
        if (Files.isExecutable(sync)) {
            runner.run(List.of(sync.toString()), dir, Map.of());
        }
    }

    /** Deletes every {@code __pycache__} folder under {@code dir}: Python's compiled scripts. */
    private static void deletePycache(Path dir) throws java.io.IOException {
        List<Path> caches;
        try (var paths = Files.walk(dir)) {
            caches = paths.filter(p -> p.getFileName().toString().equals("__pycache__"))
                    .toList();
        }
        for (Path cache : caches) {
            BenchMain.deleteTree(cache);
        }
    }

    private Measurement autogen(String command, List<String> connection) throws Exception {
        return autogen(command, List.of(), connection);
    }

    private Measurement autogen(String command, List<String> args, List<String> connection) throws Exception {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        all.addAll(connection);
        return runner.run(BenchMain.autogen(options, all.toArray(String[]::new)), dir, BenchMain.autogenEnv());
    }

    private Measurement alembicRun(Path alembicDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                options.python(),
                "-m",
                "alembic",
                "-c",
                alembicDir.resolve("alembic.ini").toString()));
        command.addAll(List.of(args));
        return runner.run(command, alembicDir, Map.of());
    }

    /** Alembic's version, or {@code -} and why it cannot run. */
    private String alembicVersion() throws Exception {
        Measurement m = runner.run(
                List.of(
                        options.python(),
                        "-c",
                        "import alembic, sqlalchemy; print(alembic.__version__, sqlalchemy.__version__)"),
                dir,
                Map.of());
        if (m.exitCode() != 0) {
            BenchMain.log("Alembic does not run with " + options.python() + " (install python3-alembic): "
                    + m.stderr().strip());
            return "- (not installed for " + options.python() + ")";
        }
        String[] versions = m.stdout().strip().split(" ");
        return "Alembic " + versions[0] + ", SQLAlchemy " + versions[1];
    }
}
