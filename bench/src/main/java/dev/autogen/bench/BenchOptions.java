package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's settings.
 *
 * @param launcher the {@code autogen} launcher to time
 * @param work the working folder (generated models, migrations, logs)
 * @param adminUrl a PostgreSQL URL the benchmark can create databases through
 * @param sizes the model sizes to run
 * @param upgradeSizes the sizes to run the upgrade comparison for
 * @param rounds timed rounds per size (after one untimed warm-up round)
 * @param hibernateModes Hibernate validator modes: {@code tool}, {@code session-factory}
 * @param hibernateJvmOptions the JVM options the Hibernate baseline runs with
 * @param report a file to write the Markdown report to, or null
 * @param keepDatabases whether to keep the databases at the end (for a look at them), instead of dropping them
 * @param historySizes the lengths of migration history to time (heads, current, history, upgrade on SQLite)
 * @param python the Python that runs Alembic for the history comparison
 */
record BenchOptions(
        Path launcher,
        Path work,
        String adminUrl,
        List<Integer> sizes,
        List<Integer> upgradeSizes,
        int rounds,
        List<String> hibernateModes,
        List<String> hibernateJvmOptions,
        Path report,
        boolean keepDatabases,
        List<Integer> historySizes,
        String python) {

    static final String USAGE = String.join(
            "\n",
            "bench/run.sh [--sizes 100,500,2000] [--upgrade-sizes 100,500,2000] [--rounds 5]",
            "             [--hibernate tool,session-factory] [--hibernate-jvm-opts \"...\" (default: the launcher's)]",
            "             [--pg jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres] [--report FILE] [--keep]",
            "             [--history 1000] [--python /usr/bin/python3] [--only-history]",
            "--history N times heads, current, history and upgrade head over N migrations on SQLite, against Alembic",
            "(run by --python, Debian's python3-alembic); --only-history runs only that (no PostgreSQL needed).",
            "The PostgreSQL URL may also come from AUTOGEN_BENCH_PG_URL. The benchmark creates and drops databases",
            "named autogen_bench_*.");

    static BenchOptions parse(String[] args) {
        Path launcher = Path.of("autogen").toAbsolutePath();
        Path work = null;
        String pg = System.getenv()
                .getOrDefault("AUTOGEN_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        List<Integer> sizes = List.of(100, 500, 2000);
        List<Integer> upgradeSizes = null;
        int rounds = 5;
        List<String> modes = List.of("tool", "session-factory");
        List<String> jvm = null;
        Path report = null;
        boolean keep = false;
        List<Integer> history = List.of(1000);
        String python = "/usr/bin/python3";
        boolean onlyHistory = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--launcher" -> launcher = Path.of(need(a, v)).toAbsolutePath();
                case "--work" -> work = Path.of(need(a, v)).toAbsolutePath();
                case "--pg" -> pg = need(a, v);
                case "--sizes" -> sizes = ints(need(a, v));
                case "--upgrade-sizes" -> upgradeSizes = need(a, v).isBlank() || v.equals("none") ? List.of() : ints(v);
                case "--rounds" -> rounds = Integer.parseInt(need(a, v));
                case "--hibernate" -> modes = List.of(need(a, v).split(","));
                case "--hibernate-jvm-opts" ->
                    jvm = need(a, v).isBlank() ? List.of() : List.of(v.trim().split("\\s+"));
                case "--report" -> report = Path.of(need(a, v)).toAbsolutePath();
                case "--keep" -> {
                    keep = true;
                    i--;
                }
                case "--history" -> history = need(a, v).isBlank() || v.equals("none") ? List.of() : ints(v);
                case "--python" -> python = need(a, v);
                case "--only-history" -> {
                    onlyHistory = true;
                    i--;
                }
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
            i++;
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        for (String m : modes) {
            if (!m.equals("tool") && !m.equals("session-factory")) {
                throw new IllegalArgumentException("--hibernate takes tool and/or session-factory, not " + m);
            }
        }
        if (jvm == null) {
            jvm = launcherJvmOptions(launcher);
        }
        if (onlyHistory) {
            sizes = List.of();
            upgradeSizes = List.of();
        }
        return new BenchOptions(
                launcher,
                work != null ? work : Path.of("bench/target/work").toAbsolutePath(),
                pg,
                sizes,
                upgradeSizes != null ? upgradeSizes : sizes,
                rounds,
                modes,
                jvm,
                report,
                keep,
                history,
                python);
    }

    /**
     * The JVM options the launcher runs Autogen with ({@code jvm_opts=(...)} in the script, and on Linux
     * {@code linux_jvm_opts=(...)}), so that Hibernate's validator runs with the same ones.
     */
    static List<String> launcherJvmOptions(Path launcher) {
        String script;
        try {
            script = Files.readString(launcher);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the launcher " + launcher + ": " + e.getMessage());
        }
        Matcher m = Pattern.compile("(?m)^jvm_opts=\\(([^)]*)\\)").matcher(script);
        if (!m.find()) {
            throw new IllegalArgumentException("the launcher " + launcher + " has no jvm_opts=(...) line");
        }
        List<String> options = new ArrayList<>(List.of(m.group(1).trim().split("\\s+")));
        Matcher linux = Pattern.compile("(?m)^linux_jvm_opts=\\(([^)]*)\\)").matcher(script);
        if (linux.find() && System.getProperty("os.name", "").startsWith("Linux")) {
            options.addAll(List.of(linux.group(1).trim().split("\\s+")));
        }
        return List.copyOf(options);
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(s -> out.add(Integer.parseInt(s)));
        return out;
    }
}
