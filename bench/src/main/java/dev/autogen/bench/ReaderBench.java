package dev.autogen.bench;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.databases.h2.H2CatalogReader;
import dev.autogen.databases.h2.H2CrawlReader;
import dev.autogen.databases.postgresql.PostgresCatalogReader;
import dev.autogen.databases.postgresql.PostgresCrawlReader;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live-reader comparison behind the README's "SchemaCrawler or direct catalog SQL" (section "Performance"): the
 * same 2,000-table schema (the benchmark's generated entities, created with Hibernate's export) read by the direct
 * catalog reader and by the SchemaCrawler-driven reader, on PostgreSQL and on H2.
 *
 * <p>Every timed read runs in a child JVM started with the launcher's JVM options ({@code jvm_opts} in
 * {@code ./autogen}: C1 only, serial collector), as {@code check} runs: one JVM per database reads with both readers,
 * warm-up rounds first, then alternating which reader goes first (A B, B A, ...) so that the load of other processes
 * falls on both alike; then {@code --cold-rounds} fresh JVMs per reader, alternating, each timing its first read (class
 * loading and all, what a {@code check} pays, less what the class-data sharing archive saves). Both readers' snapshots
 * are compared first: they must be equal. Run it with {@code bench/readers.sh} ({@code --help}).
 */
public final class ReaderBench {

    static final String USAGE = """
            usage: bench/readers.sh [--size N (2000)] [--rounds N (15)] [--cold-rounds N (5)] [--databases pg,h2]
                                    [--pg URL (AUTOGEN_BENCH_PG_URL or jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)]
                                    [--work DIR (bench/target/readers)] [--keep]""";

    /** The readers compared, by database: direct first. */
    private static final Map<String, List<String>> READERS = Map.of(
            "pg", List.of("pg-direct", "pg-schemacrawler"),
            "h2", List.of("h2-direct", "h2-schemacrawler"));

    private ReaderBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--warm")) {
            warm(args[1], args[2], args[3], Integer.parseInt(args[4]));
            return;
        }
        if (args.length > 0 && args[0].equals("--once")) {
            once(args[1], args[2]);
            return;
        }
        Map<String, String> o = new LinkedHashMap<>();
        o.put("--size", "2000");
        o.put("--rounds", "15");
        o.put("--cold-rounds", "5");
        o.put("--databases", "pg,h2");
        o.put(
                "--pg",
                System.getenv()
                        .getOrDefault(
                                "AUTOGEN_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        o.put("--work", "bench/target/readers");
        o.put("--launcher", "autogen");
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                keep = true;
            } else if (o.containsKey(args[i]) && i + 1 < args.length) {
                o.put(args[i], args[++i]);
            } else {
                System.err.println(args[i].equals("--help") ? USAGE : "unknown option " + args[i] + "\n" + USAGE);
                System.exit(args[i].equals("--help") ? 0 : 2);
            }
        }
        int size = Integer.parseInt(o.get("--size"));
        Path work = Path.of(o.get("--work")).toAbsolutePath();
        List<String> jvm = BenchOptions.launcherJvmOptions(Path.of(o.get("--launcher")));
        BenchMain.log("machine: " + Machine.describe() + "; load average " + Machine.loadAverage());
        GeneratedModel model = ModelGenerator.generate(size, work.resolve("model-" + size));
        int coldRounds = Integer.parseInt(o.get("--cold-rounds"));
        StringBuilder report = new StringBuilder();
        report.append("| database | reader | warm median | warm min | first read in a new JVM (median) |\n");
        report.append("|---|---|---:|---:|---:|\n");
        for (String database : o.get("--databases").split(",")) {
            String url;
            BenchDatabase pg = null;
            String pgName = "autogen_bench_readers_" + size;
            if (database.equals("pg")) {
                pg = new BenchDatabase(o.get("--pg"));
                url = pg.url(pgName);
                BenchMain.log(database + ": creating " + size + " tables with Hibernate's export");
                pg.recreate(pgName);
                pg.export(pgName, model);
            } else if (database.equals("h2")) {
                Path dir = work.resolve("h2-" + size);
                BenchMain.deleteTree(dir);
                Files.createDirectories(dir);
                url = "jdbc:h2:" + dir.resolve("db");
                BenchMain.log(database + ": creating " + size + " tables with Hibernate's export");
                try (Connection c = DriverManager.getConnection(url)) {
                    new HibernateSchemaExport()
                            .apply(
                                    new EntitySource(List.of(model.classesDir()), List.of(model.packageName())),
                                    Dialects.forUrl(url),
                                    c);
                }
            } else {
                throw new IllegalArgumentException("unknown database " + database + " (pg, h2)");
            }
            List<String> readers = READERS.get(database);
            String warmOut = child(jvm, List.of("--warm", readers.get(0), readers.get(1), url, o.get("--rounds")));
            Map<String, List<Double>> warm = parse(warmOut);
            Map<String, List<Double>> cold = new LinkedHashMap<>();
            for (int round = 0; round < coldRounds; round++) {
                for (int k = 0; k < 2; k++) {
                    String reader = readers.get((k + round) % 2);
                    parse(child(jvm, List.of("--once", reader, url)))
                            .forEach((r, times) -> cold.computeIfAbsent(r, x -> new ArrayList<>())
                                    .addAll(times));
                }
            }
            for (String reader : readers) {
                List<Double> w = warm.get(reader);
                String line = String.format(
                        Locale.ROOT,
                        "| %s | %s | %.0f ms | %.0f ms | %.0f ms |",
                        database,
                        reader,
                        Stats.median(w, d -> d),
                        w.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
                        Stats.median(cold.get(reader), d -> d));
                BenchMain.log(line + " warm " + w + " cold " + cold.get(reader));
                report.append(line).append('\n');
            }
            if (pg != null && !keep) {
                pg.drop(pgName);
            }
        }
        System.out.println();
        System.out.println("Reading " + size + " tables, " + o.get("--rounds") + " warm rounds (A/B alternating), "
                + coldRounds + " new JVMs per reader; load average now " + Machine.loadAverage());
        System.out.println();
        System.out.print(report);
    }

    /** Runs this class in a new JVM with the launcher's options, returning its standard output. */
    private static String child(List<String> jvm, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReaderBench.class.getName());
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child run failed (" + String.join(" ", args) + "):\n" + out);
        }
        return out;
    }

    /** Lines {@code read <reader> <ms>}. */
    private static Map<String, List<Double>> parse(String out) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        out.lines().filter(l -> l.startsWith("read ")).forEach(l -> {
            String[] parts = l.split(" ");
            times.computeIfAbsent(parts[1], r -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
        });
        return times;
    }

    private static Supplier<CatalogReader> reader(String name) {
        return switch (name) {
            case "pg-direct" -> PostgresCatalogReader::new;
            case "pg-schemacrawler" -> PostgresCrawlReader::new;
            case "h2-direct" -> H2CatalogReader::new;
            case "h2-schemacrawler" -> H2CrawlReader::new;
            default -> throw new IllegalArgumentException("unknown reader " + name);
        };
    }

    /** One read as {@code check} does it: the reader made, the schema read and its names mapped. */
    private static SchemaSnapshot read(String reader, Connection connection, SchemaDialect dialect) {
        return new LiveReader(List.of(reader(reader).get())).read(connection, dialect, LiveReadOptions.defaults());
    }

    /** Both readers in one JVM: their snapshots compared, warm-up, then timed rounds in alternating order. */
    private static void warm(String a, String b, String url, int rounds) throws Exception {
        SchemaDialect dialect = Dialects.forUrl(url);
        try (Connection c = DriverManager.getConnection(url)) {
            SchemaSnapshot first = read(a, c, dialect);
            SchemaSnapshot second = read(b, c, dialect);
            if (!first.equals(second)) {
                throw new IllegalStateException(a + " and " + b + " read different snapshots");
            }
            System.err.println("bench: " + a + " and " + b + " read the same "
                    + first.tables().size() + " tables");
            for (int i = 0; i < 3; i++) {
                read(a, c, dialect);
                read(b, c, dialect);
            }
            for (int round = 0; round < rounds; round++) {
                for (String reader : round % 2 == 0 ? List.of(a, b) : List.of(b, a)) {
                    long start = System.nanoTime();
                    read(reader, c, dialect);
                    System.out.println("read " + reader + " " + (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }

    /** The first read in this JVM, timed from before the reader's classes are loaded. */
    private static void once(String reader, String url) throws Exception {
        SchemaDialect dialect = Dialects.forUrl(url);
        try (Connection c = DriverManager.getConnection(url)) {
            long start = System.nanoTime();
            read(reader, c, dialect);
            System.out.println("read " + reader + " " + (System.nanoTime() - start) / 1e6);
        }
    }
}
