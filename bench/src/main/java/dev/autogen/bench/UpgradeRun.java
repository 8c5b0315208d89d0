package dev.autogen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applying an initial migration of N tables: {@code autogen upgrade head} on an empty database, with the migrations
 * loaded afresh each time (no {@code .autogen} cache), against {@code psql -f} running the DDL that {@code autogen upgrade head --sql} prints for
 * the same migrations (with the same transactions). Beyond {@value ModelGenerator#CHUNK} tables the initial schema
 * is one migration per {@value ModelGenerator#CHUNK} tables.
 */
final class UpgradeRun {

    private final BenchOptions options;
    private final BenchDatabase databases;
    private final ProcessRunner runner;
    private final int size;
    private final Path dir;
    private final String database;

    UpgradeRun(BenchOptions options, BenchDatabase databases, ProcessRunner runner, int size) {
        this.options = options;
        this.databases = databases;
        this.runner = runner;
        this.size = size;
        this.dir = options.work().resolve("n" + size).resolve("upgrade");
        this.database = "autogen_bench_up_" + size;
    }

    UpgradeResult run() throws Exception {
        GeneratedModel model =
                ModelGenerator.generate(size, options.work().resolve("n" + size).resolve("model"));
        Path migrations = dir.resolve("migrations");
        BenchMain.deleteTree(dir);
        Files.createDirectories(migrations.resolve("versions"));
        String url = databases.url(database);
        List<String> connection = List.of("--url", url, "--migrations", migrations.toString());

        // One transaction creating thousands of tables overflows PostgreSQL's default lock table
        // (max_locks_per_transaction 64), so larger schemas start as one migration per package of CHUNK entities.
        databases.recreate(database);
        List<String> packages = new ArrayList<>();
        for (String pkg : model.chunkPackages()) {
            packages.add(pkg);
            BenchMain.log("N=" + size + " upgrade: autogenerating the initial migration for " + packages);
            List<String> revise = new ArrayList<>(List.of(
                    "revision",
                    "--autogenerate",
                    "-m",
                    "initial " + packages.size(),
                    "--entities",
                    model.classesDir().toString()));
            packages.forEach(p -> revise.addAll(List.of("--package", p)));
            revise.addAll(connection);
            BenchMain.requireExit(
                    runner.run(BenchMain.autogen(options, revise.toArray(String[]::new)), dir, BenchMain.autogenEnv()),
                    0,
                    "autogen revision --autogenerate (initial)");
            List<String> apply = new ArrayList<>(List.of("upgrade", "head", "-q"));
            apply.addAll(connection);
            BenchMain.requireExit(
                    runner.run(BenchMain.autogen(options, apply.toArray(String[]::new)), dir, BenchMain.autogenEnv()),
                    0,
                    "autogen upgrade head (initial)");
        }

        List<String> offline = new ArrayList<>(List.of("upgrade", "head", "--sql"));
        offline.addAll(connection);
        Measurement sql = runner.run(BenchMain.autogen(options, offline.toArray(String[]::new)), dir, Map.of());
        BenchMain.requireExit(sql, 0, "autogen upgrade head --sql");
        Path ddl = dir.resolve("initial.sql");
        Files.writeString(ddl, sql.stdout(), StandardCharsets.UTF_8);
        int statements =
                (int) sql.stdout().lines().filter(l -> l.strip().endsWith(";")).count();

        List<String> upgrade = new ArrayList<>(List.of("upgrade", "head", "-q"));
        upgrade.addAll(connection);
        List<String> psql = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", ddl.toString()));
        psql.addAll(BenchMain.psqlConnection(url));

        List<Measurement> upgrades = new ArrayList<>();
        List<Measurement> psqls = new ArrayList<>();
        for (int round = 0; round <= options.rounds(); round++) {
            boolean warmUp = round == 0;
            for (int k = 0; k < 2; k++) {
                boolean autogen = (k + round) % 2 == 0;
                databases.recreate(database);
                Measurement m;
                if (autogen) {
                    BenchMain.deleteTree(migrations.resolve(".autogen")); // a fresh checkout every time
                    m = runner.run(
                            BenchMain.autogen(options, upgrade.toArray(String[]::new)), dir, BenchMain.autogenEnv());
                    BenchMain.requireExit(m, 0, "autogen upgrade head");
                    if (!warmUp) {
                        upgrades.add(m);
                    }
                } else {
                    m = runner.run(psql, dir, Map.of());
                    BenchMain.requireExit(m, 0, "psql -f " + ddl);
                    if (!warmUp) {
                        psqls.add(m);
                    }
                }
                BenchMain.log(String.format(
                        Locale.ROOT,
                        "N=%d upgrade %s %s: %.0f ms (cpu %.0f ms), %d MiB%s",
                        size,
                        warmUp ? "warm-up" : "round " + round,
                        autogen ? "autogen" : "psql",
                        m.wallMs(),
                        m.cpuMs(),
                        m.peakRssKb() / 1024,
                        m.phases().isEmpty() ? "" : " " + m.phases()));
            }
        }
        if (!options.keepDatabases()) {
            databases.drop(database);
        }
        return new UpgradeResult(size, model.chunkPackages().size(), statements, upgrades, psqls);
    }
}
