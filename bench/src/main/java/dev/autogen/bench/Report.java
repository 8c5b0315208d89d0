package dev.autogen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown report: medians, ratios, peak memory, perturbations found, phases, and the targets. */
final class Report {

    private static final List<String> PHASES = List.of("jvm-start", "entities", "database", "compare", "diff", "total");

    private Report() {}

    static String markdown(
            BenchOptions o,
            List<SizeResult> sizes,
            List<UpgradeResult> upgrades,
            List<HistoryResult> histories,
            String loadBefore,
            String loadAfter) {
        StringBuilder s = new StringBuilder();
        s.append("Machine: ")
                .append(Machine.describe())
                .append("; load average before ")
                .append(loadBefore)
                .append(", after ")
                .append(loadAfter)
                .append(".\n");
        s.append("Medians of ")
                .append(o.rounds())
                .append(" rounds (tools in alternating order) after one warm-up round;"
                        + " each run is a new JVM. Times are wall (CPU, user + system). Hibernate runs with ")
                .append(
                        o.hibernateJvmOptions().isEmpty()
                                ? "the default JVM options"
                                : "`" + String.join(" ", o.hibernateJvmOptions()) + "`")
                .append(", `autogen` through its launcher. `check` reuses the entity model cached by an earlier run;"
                        + " \"no cache\" deletes it first, so it includes Hibernate's boot.\n\n");
        if (!sizes.isEmpty()) {
            List<Tool> tools = sizes.get(0).runs().keySet().stream().toList();
            s.append("| N |");
            tools.forEach(t -> s.append(' ').append(t.label()).append(" |"));
            s.append("\n|---:|");
            tools.forEach(t -> s.append("---:|"));
            s.append('\n');
            for (SizeResult r : sizes) {
                s.append("| ").append(r.size()).append(" |");
                tools.forEach(t -> s.append(' ').append(timing(r.runs(t))).append(" |"));
                s.append('\n');
            }

            List<Tool> hibernate = tools.stream().filter(Tool::hibernate).toList();
            s.append("\n| N |");
            for (Tool h : hibernate) {
                s.append(" `check` ÷ ")
                        .append(h.label())
                        .append(" | no cache ÷ ")
                        .append(h.label())
                        .append(" |");
            }
            s.append(" peak RSS: `check` / no cache / ");
            s.append(String.join(" / ", hibernate.stream().map(Tool::label).toList()));
            s.append(" | perturbations found: `check` / ");
            s.append(String.join(" / ", hibernate.stream().map(Tool::label).toList()))
                    .append(" |\n|---:|");
            hibernate.forEach(h -> s.append("---:|---:|"));
            s.append("---:|---:|\n");
            for (SizeResult r : sizes) {
                s.append("| ").append(r.size()).append(" |");
                for (Tool h : hibernate) {
                    double hib = wall(r, h);
                    s.append(' ')
                            .append(ratio(wall(r, Tool.CHECK) / hib))
                            .append(" | ")
                            .append(ratio(wall(r, Tool.CHECK_COLD) / hib))
                            .append(" |");
                }
                List<String> rss = new ArrayList<>();
                for (Tool t : tools) {
                    if (t != Tool.REVISION) {
                        rss.add(mib(Stats.max(r.runs(t), Measurement::peakRssKb)));
                    }
                }
                s.append(' ')
                        .append(String.join(" / ", rss))
                        .append(" | ")
                        .append(r.found().get(Tool.CHECK))
                        .append(" of ")
                        .append(r.perturbations().size());
                hibernate.forEach(h -> s.append(" / ").append(r.found().get(h)));
                s.append(" |\n");
            }
            s.append("\nPhases (medians, ms; `--timings`). Hibernate's boot (entities) and the database read run at the"
                    + " same time; compare is both:\n\n| N | run |");
            PHASES.forEach(p -> s.append(' ').append(p).append(" |"));
            s.append("\n|---:|---|");
            PHASES.forEach(p -> s.append("---:|"));
            s.append('\n');
            for (SizeResult r : sizes) {
                for (Tool t : List.of(Tool.CHECK, Tool.CHECK_COLD)) {
                    s.append("| ")
                            .append(r.size())
                            .append(" | ")
                            .append(t.label())
                            .append(" |");
                    for (String p : PHASES) {
                        s.append(' ')
                                .append(ms(
                                        Stats.median(r.runs(t), m -> m.phases().getOrDefault(p, Double.NaN))))
                                .append(" |");
                    }
                    s.append('\n');
                }
            }
            s.append("\n`revision --autogenerate` codegen (median ms):");
            for (SizeResult r : sizes) {
                s.append(" N=")
                        .append(r.size())
                        .append(": ")
                        .append(ms(Stats.median(
                                r.runs(Tool.REVISION), m -> m.phases().getOrDefault("codegen", Double.NaN))))
                        .append(';');
            }
            s.setLength(s.length() - 1);
            s.append(".\n");
            for (SizeResult r : sizes) {
                if (!r.falsePositives().isEmpty()) {
                    s.append("\nN=")
                            .append(r.size())
                            .append(": `check` also reported ")
                            .append(r.falsePositives())
                            .append('\n');
                }
            }
        }
        if (!upgrades.isEmpty()) {
            s.append(
                    "\nInitial migration on an empty database: `autogen upgrade head` (new JVM, no `.autogen` cache: the"
                            + " generated migrations run from their text, anything else is compiled) against `psql -f` of the same DDL and transactions (`autogen upgrade head --sql`)."
                            + " Beyond 500 tables the initial schema is one migration per 500 tables: one transaction creating"
                            + " thousands of tables overflows PostgreSQL's default lock table (`max_locks_per_transaction` 64).\n\n");
            s.append(
                    "| N | migrations | statements | `autogen upgrade head` | compile | execute | `psql` | ratio | peak RSS |\n");
            s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (UpgradeResult u : upgrades) {
                double up = Stats.median(u.upgrade(), Measurement::wallMs);
                double psql = Stats.median(u.psql(), Measurement::wallMs);
                s.append("| ")
                        .append(u.size())
                        .append(" | ")
                        .append(u.migrations())
                        .append(" | ")
                        .append(u.statements())
                        .append(" | ")
                        .append(timing(u.upgrade()))
                        .append(" | ")
                        .append(seconds(
                                Stats.median(u.upgrade(), m -> m.phases().getOrDefault("compile", Double.NaN))))
                        .append(" | ")
                        .append(seconds(
                                Stats.median(u.upgrade(), m -> m.phases().getOrDefault("execute", Double.NaN))))
                        .append(" | ")
                        .append(seconds(psql))
                        .append(" | ")
                        .append(ratio(up / psql))
                        .append(" | ")
                        .append(mib(Stats.max(u.upgrade(), Measurement::peakRssKb)))
                        .append(" |\n");
            }
        }
        histories.forEach(h -> s.append(history(h)));
        s.append(targets(sizes, upgrades));
        histories.forEach(h -> s.append(historyTargets(h)));
        return s.toString();
    }

    private static String history(HistoryResult h) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "%nA history of %,d migrations on SQLite (each creates a table or adds a"
                        + " column), against %s run by the same machine's Python on the same history. The graph commands run"
                        + " with no compiled migrations (`migrations/.autogen/classes` deleted first; the `@Revision` headers"
                        + " that the first run read from the sources stay in `migrations/.autogen/headers`, as Python keeps"
                        + " Alembic's compiled scripts in `__pycache__`) and with both databases at head; the first run after"
                        + " the build finds no `.autogen` folder at all (the build wrote the graph commands' class-data"
                        + " archive, as the launcher's own build does). `upgrade head` starts from an empty database; by"
                        + " default each migration commits in its own transaction.%n%n",
                h.size(),
                h.alembic()));
        s.append("| command | `autogen` | `alembic` | first run after the build |\n|---|---:|---:|---:|\n");
        for (String command : HistoryRun.GRAPH_COMMANDS) {
            Measurement first = h.first().get(command);
            s.append("| `")
                    .append(command)
                    .append("` | ")
                    .append(timing(h.runs().getOrDefault("autogen " + command, List.of())))
                    .append(" | ")
                    .append(timing(h.runs().getOrDefault("alembic " + command, List.of())))
                    .append(" | ")
                    .append(first == null ? "-" : seconds(first.wallMs()))
                    .append(" |\n");
        }
        s.append("| `upgrade head` (default settings), a fresh checkout: no `.autogen` folder, the migrations run from"
                        + " their text | ")
                .append(timing(h.runs().getOrDefault("autogen upgrade head (no cache)", List.of())))
                .append(" | ")
                .append(timing(h.runs().getOrDefault("alembic upgrade head (compiling)", List.of())))
                .append(" (no `__pycache__`) | |\n");
        s.append("| `upgrade head` (default settings), a later run (the headers read by an earlier one) | ")
                .append(timing(h.runs().getOrDefault("autogen upgrade head (later run)", List.of())))
                .append(" | ")
                .append(timing(h.runs().getOrDefault("alembic upgrade head", List.of())))
                .append(" (`__pycache__` kept) | |\n");
        List<Measurement> javac = h.runs().getOrDefault("autogen upgrade head (javac)", List.of());
        s.append(
                        "| `upgrade head`, a fresh checkout, every migration compiled by javac (`-Dautogen.interpret=false`) | ")
                .append(timing(javac))
                .append(" (compile ")
                .append(seconds(Stats.median(javac, m -> m.phases().getOrDefault("compile", Double.NaN))))
                .append(") | | |\n");
        s.append(
                        "| `upgrade head`, a later run, one transaction (`--transaction-per-run`, as Alembic's default where DDL is"
                                + " transactional; on SQLite Alembic commits each migration) | ")
                .append(timing(h.runs().getOrDefault("autogen upgrade head (later run, one transaction)", List.of())))
                .append(" | | |\n");
        return s.toString();
    }

    private static String historyTargets(HistoryResult h) {
        StringBuilder s = new StringBuilder();
        for (String command : HistoryRun.GRAPH_COMMANDS) {
            double wall = Stats.median(h.runs().getOrDefault("autogen " + command, List.of()), Measurement::wallMs);
            s.append(line(
                    wall <= 500,
                    String.format(
                            Locale.ROOT, "history of %d: `%s` %.2f s <= 0.50 s", h.size(), command, wall / 1000)));
        }
        s.append(line(
                !h.graphCompiled(),
                String.format(
                        Locale.ROOT,
                        "history of %d: `heads`, `current` and `history`" + " compile nothing",
                        h.size())));
        for (String variant : List.of("no cache", "later run", "later run, one transaction")) {
            // like for like: a fresh checkout against Python compiling every script (no __pycache__), and a later run
            // against Alembic with its __pycache__
            String alembicLabel =
                    variant.equals("no cache") ? "alembic upgrade head (compiling)" : "alembic upgrade head";
            double alembic = Stats.median(h.runs().getOrDefault(alembicLabel, List.of()), Measurement::wallMs);
            double up = Stats.median(
                    h.runs().getOrDefault("autogen upgrade head (" + variant + ")", List.of()), Measurement::wallMs);
            s.append(line(
                    up < alembic,
                    String.format(
                            Locale.ROOT,
                            "history of %d: `upgrade head` (%s) %.2f s < Alembic%s %.2f s",
                            h.size(),
                            variant,
                            up / 1000,
                            variant.equals("no cache") ? " (no `__pycache__`)" : "",
                            alembic / 1000)));
        }
        return s.toString();
    }

    private static String targets(List<SizeResult> sizes, List<UpgradeResult> upgrades) {
        StringBuilder s = new StringBuilder("\nTargets:\n");
        SizeResult largest = sizes.stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(null);
        if (largest != null) {
            for (Tool h :
                    largest.runs().keySet().stream().filter(Tool::hibernate).toList()) {
                for (Tool c : List.of(Tool.CHECK, Tool.CHECK_COLD)) {
                    double check = wall(largest, c);
                    double hib = wall(largest, h);
                    s.append(line(
                            check <= hib,
                            String.format(
                                    Locale.ROOT,
                                    "N=%d: %s %.2f s <= %s %.2f s",
                                    largest.size(),
                                    c.label(),
                                    check / 1000,
                                    h.label(),
                                    hib / 1000)));
                }
            }
            SizeResult mid = sizes.stream()
                    .filter(r -> r.size() * 4 == largest.size())
                    .findFirst()
                    .orElse(null);
            if (mid != null) {
                for (Tool c : List.of(Tool.CHECK, Tool.CHECK_COLD)) {
                    double grow = wall(largest, c) / wall(mid, c);
                    s.append(line(
                            grow <= 4.0,
                            String.format(
                                    Locale.ROOT,
                                    "%s from %d to %d entities: x%.2f (linear: x4.00)",
                                    c.label(),
                                    mid.size(),
                                    largest.size(),
                                    grow)));
                }
            }
            double rss = Math.max(
                            Stats.max(largest.runs(Tool.CHECK), Measurement::peakRssKb),
                            Stats.max(largest.runs(Tool.CHECK_COLD), Measurement::peakRssKb))
                    / 1024;
            s.append(line(
                    rss < 1024,
                    String.format(Locale.ROOT, "N=%d: `check` peak RSS %.0f MiB < 1024 MiB", largest.size(), rss)));
            s.append(line(
                    largest.found().get(Tool.CHECK) == largest.perturbations().size()
                            && largest.falsePositives().isEmpty(),
                    String.format(
                            Locale.ROOT,
                            "N=%d: `check` found %d of %d perturbations, and %d other differences",
                            largest.size(),
                            largest.found().get(Tool.CHECK),
                            largest.perturbations().size(),
                            largest.falsePositives().size())));
        }
        UpgradeResult up = upgrades.stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(null);
        if (up != null) {
            double ratio =
                    Stats.median(up.upgrade(), Measurement::wallMs) / Stats.median(up.psql(), Measurement::wallMs);
            s.append(line(
                    ratio <= 1.5,
                    String.format(Locale.ROOT, "N=%d: `upgrade` ÷ `psql` = %.2f <= 1.5", up.size(), ratio)));
        }
        return s.toString();
    }

    private static double wall(SizeResult r, Tool tool) {
        return Stats.median(r.runs(tool), Measurement::wallMs);
    }

    private static String line(boolean met, String text) {
        return "- " + (met ? "met" : "NOT met") + ": " + text + "\n";
    }

    private static String timing(List<Measurement> runs) {
        return seconds(Stats.median(runs, Measurement::wallMs)) + " (" + seconds(Stats.median(runs, Measurement::cpuMs))
                + ")";
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    private static String ms(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static String mib(double kb) {
        return Double.isNaN(kb) || kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f MiB", kb / 1024);
    }
}
