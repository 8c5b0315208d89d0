package dev.autogen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        databases.execute(
                database, perturbations.stream().map(Perturbation::sql).toList());
        BenchMain.log("N=" + size + ": " + perturbations.size() + " perturbations");
        Path migrations = dir.resolve("migrations");
        BenchMain.deleteTree(migrations);
        Files.createDirectories(migrations.resolve("versions"));

        String url = databases.url(database);
        List<String> common =
                List.of("--url", url, "--entities", model.classesDir().toString(), "--package", model.packageName());
        List<String> check = BenchMain.autogen(options, concat(List.of("check"), common));
        List<String> revision = BenchMain.autogen(
                options,
                concat(
                        List.of("revision", "--autogenerate", "-m", "bench", "--migrations", migrations.toString()),
                        common));

        List<Tool> tools = new ArrayList<>(List.of(Tool.CHECK, Tool.CHECK_COLD, Tool.REVISION));
        for (String mode : options.hibernateModes()) {
            tools.add(mode.equals("tool") ? Tool.HIBERNATE_TOOL : Tool.HIBERNATE_SESSION_FACTORY);
        }
        Map<Tool, List<Measurement>> runs = new LinkedHashMap<>();
        tools.forEach(t -> runs.put(t, new ArrayList<>()));
        for (int round = 0; round <= options.rounds(); round++) {
            boolean warmUp = round == 0;
            for (int k = 0; k < tools.size(); k++) {
                Tool tool = tools.get((k + round) % tools.size()); // alternate which tool goes first
                Measurement m = switch (tool) {
                    case CHECK -> requireExit(runner.run(check, dir, BenchMain.autogenEnv()), 1, tool);
                    case CHECK_COLD -> {
                        BenchMain.deleteTree(migrations.resolve(".autogen"));
                        yield requireExit(runner.run(check, dir, BenchMain.autogenEnv()), 1, tool);
                    }
                    case REVISION -> {
                        Measurement r = requireExit(runner.run(revision, dir, BenchMain.autogenEnv()), 0, tool);
                        Files.delete(Path.of(r.stdout()
                                .strip()
                                .lines()
                                .reduce((a, b) -> b)
                                .orElseThrow()
                                .strip()));
                        yield r;
                    }
                    case HIBERNATE_TOOL, HIBERNATE_SESSION_FACTORY -> {
                        Measurement h = runner.run(hibernateCommand(model, classList, url, tool.mode()), dir, Map.of());
                        if (!h.stdout().startsWith("VALID") && !h.stdout().startsWith("INVALID")) {
                            BenchMain.requireExit(h, -1, "Hibernate validate (" + tool.mode() + ")");
                        }
                        yield h;
                    }
                };
                if (!warmUp) {
                    runs.get(tool).add(m);
                }
                BenchMain.log(String.format(
                        Locale.ROOT,
                        "N=%d %s %s: %.0f ms (cpu %.0f ms), %d MiB%s",
                        size,
                        warmUp ? "warm-up" : "round " + round,
                        tool,
                        m.wallMs(),
                        m.cpuMs(),
                        m.peakRssKb() / 1024,
                        m.phases().isEmpty() ? "" : " " + m.phases()));
            }
        }

        Map<Tool, Integer> found = new LinkedHashMap<>();
        List<String> falsePositives = List.of();
        for (Tool tool : tools) {
            List<Measurement> timed = runs.get(tool);
            String out = timed.get(timed.size() - 1).stdout();
            if (tool == Tool.CHECK || tool == Tool.CHECK_COLD) {
                List<String> reported = out.lines()
                        .filter(l -> l.startsWith("  "))
                        .map(String::strip)
                        .toList();
                found.put(tool, (int) perturbations.stream()
                        .filter(p -> reported.stream().anyMatch(p::reportedBy))
                        .count());
                falsePositives = reported.stream()
                        .filter(l -> perturbations.stream().noneMatch(p -> p.reportedBy(l)))
                        .toList();
            } else if (tool.hibernate()) {
                found.put(tool, (int) perturbations.stream()
                        .filter(p -> p.reportedByHibernate(out))
                        .count());
            }
        }
        if (!falsePositives.isEmpty()) {
            BenchMain.log("N=" + size + ": check reported differences that were not made: " + falsePositives);
        }
        if (!runs.get(Tool.CHECK)
                .get(0)
                .stdout()
                .equals(runs.get(Tool.CHECK_COLD).get(0).stdout())) {
            throw new IllegalStateException("check with and without the entity model cache disagree");
        }
        if (!options.keepDatabases()) {
            databases.drop(database);
        }
        return new SizeResult(size, perturbations, runs, found, falsePositives);
    }

    private static Measurement requireExit(Measurement m, int expected, Tool tool) {
        BenchMain.requireExit(m, expected, "autogen " + tool);
        return m;
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
