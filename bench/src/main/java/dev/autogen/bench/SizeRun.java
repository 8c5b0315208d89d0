package dev.autogen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The check / revision / Hibernate-validate comparison for one model size. */
final class SizeRun {

    private final BenchOptions options;
    private final BenchDatabase databases;
    private final ProcessRunner runner;
    private final int size;
    private final Path dir;
    private final String database;

    SizeRun(BenchOptions options, BenchDatabase databases, ProcessRunner runner, int size) {
        this.options = options;
        this.databases = databases;
        this.runner = runner;
        this.size = size;
        this.dir = options.work().resolve("n" + size);
        this.database = "autogen_bench_" + size;
    }

    SizeResult run() throws Exception {
        BenchMain.log("N=" + size + ": generating and compiling the entities");
        GeneratedModel model = ModelGenerator.generate(size, dir.resolve("model"));
        Path classList = dir.resolve("entity-classes.txt");
        Files.write(classList, model.classNames(), StandardCharsets.UTF_8);
        BenchMain.log("N=" + size + ": creating database " + database + " with Hibernate's export");
        databases.recreate(database);
        databases.export(database, model);
        List<Perturbation> perturbations = Perturbations.plan(model);
        databases.execute(database, perturbations.stream().map(Perturbation::sql).toList());
        BenchMain.log("N=" + size + ": " + perturbations.size() + " perturbations");
        Path migrations = dir.resolve("migrations");
        BenchMain.deleteTree(migrations);
        Files.createDirectories(migrations.resolve("versions"));

        String url = databases.url(database);
        List<String> common = List.of("--url", url, "--entities", model.classesDir().toString(), "--package", model.packageName());
        List<String> check = BenchMain.autogen(options, concat(List.of("check"), common));
        List<String> revision = BenchMain.autogen(options,
                concat(List.of("revision", "--autogenerate", "-m", "bench", "--migrations", migrations.toString()), common));

        List<Measurement> checks = new ArrayList<>();
        List<Measurement> revisions = new ArrayList<>();
        List<List<Measurement>> hibernate = new ArrayList<>();
        options.hibernateModes().forEach(m -> hibernate.add(new ArrayList<>()));
        int tasks = 2 + options.hibernateModes().size();
        for (int round = 0; round <= options.rounds(); round++) {
            boolean warmUp = round == 0;
            for (int k = 0; k < tasks; k++) {
                int task = (k + round) % tasks; // alternate which tool goes first
                Measurement m;
                String name;
                if (task == 0) {
                    name = "check";
                    m = runner.run(check, dir, BenchMain.autogenEnv());
                    BenchMain.requireExit(m, 1, "autogen check");
                    if (!warmUp) {
                        checks.add(m);
                    }
                } else if (task == 1) {
                    name = "revision";
                    m = runner.run(revision, dir, BenchMain.autogenEnv());
                    BenchMain.requireExit(m, 0, "autogen revision --autogenerate");
                    Path written = Path.of(m.stdout().strip().lines().reduce((a, b) -> b).orElseThrow().strip());
                    Files.delete(written);
                    if (!warmUp) {
                        revisions.add(m);
                    }
                } else {
                    String mode = options.hibernateModes().get(task - 2);
                    name = "hibernate " + mode;
                    m = runner.run(hibernateCommand(model, classList, url, mode), dir, Map.of());
                    if (!m.stdout().startsWith("VALID") && !m.stdout().startsWith("INVALID")) {
                        BenchMain.requireExit(m, -1, "Hibernate validate (" + mode + ")");
                    }
                    if (!warmUp) {
                        hibernate.get(task - 2).add(m);
                    }
                }
                BenchMain.log(String.format(Locale.ROOT, "N=%d %s %s: %.0f ms (cpu %.0f ms), %d MiB%s", size,
                        warmUp ? "warm-up" : "round " + round, name, m.wallMs(), m.cpuMs(), m.peakRssKb() / 1024,
                        m.phases().isEmpty() ? "" : " " + m.phases()));
            }
        }

        Measurement lastCheck = checks.get(checks.size() - 1);
        List<String> reported = lastCheck.stdout().lines()
                .filter(l -> l.startsWith("  ")).map(String::strip).toList();
        int found = (int) perturbations.stream().filter(p -> reported.stream().anyMatch(p::reportedBy)).count();
        List<String> falsePositives = reported.stream()
                .filter(l -> perturbations.stream().noneMatch(p -> p.reportedBy(l)))
                .toList();
        List<Integer> foundByHibernate = new ArrayList<>();
        for (List<Measurement> runs : hibernate) {
            String out = runs.get(runs.size() - 1).stdout();
            foundByHibernate.add((int) perturbations.stream().filter(p -> p.reportedByHibernate(out)).count());
        }
        if (!falsePositives.isEmpty()) {
            BenchMain.log("N=" + size + ": check reported differences that were not made: " + falsePositives);
        }
        if (!options.keepDatabases()) {
            databases.drop(database);
        }
        return new SizeResult(size, perturbations, checks, revisions, hibernate, found, falsePositives, foundByHibernate);
    }

    private List<String> hibernateCommand(GeneratedModel model, Path classList, String url, String mode) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.hibernateJvmOptions());
        command.add("-cp");
        List<String> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classpath.add(Path.of(entry).toAbsolutePath().toString());
        }
        classpath.add(model.classesDir().toString());
        command.add(String.join(java.io.File.pathSeparator, classpath));
        command.add(HibernateValidate.class.getName());
        command.add(url);
        command.add(classList.toString());
        command.add(mode);
        return command;
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }
}
