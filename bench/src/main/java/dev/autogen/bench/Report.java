package dev.autogen.bench;

import java.util.List;
import java.util.Locale;

/** The Markdown report: medians, ratios, peak memory, perturbations found, phases, and the targets. */
final class Report {

    private static final List<String> PHASES = List.of("jvm-start", "entities", "database", "compare", "diff", "codegen");

    private Report() {}

    static String markdown(BenchOptions o, List<SizeResult> sizes, List<UpgradeResult> upgrades, String loadBefore,
            String loadAfter) {
        StringBuilder s = new StringBuilder();
        s.append("Machine: ").append(Machine.describe()).append("; load average before ").append(loadBefore)
                .append(", after ").append(loadAfter).append(".\n");
        s.append("Medians of ").append(o.rounds()).append(" alternating rounds after one warm-up round; wall time of "
                + "each process, peak RSS the largest seen. Hibernate runs with ")
                .append(o.hibernateJvmOptions().isEmpty() ? "the default JVM options" : "`" + String.join(" ", o.hibernateJvmOptions()) + "`")
                .append(".\n\n");
        if (!sizes.isEmpty()) {
            s.append("| N | `check`");
            for (String mode : o.hibernateModes()) {
                s.append(" | Hibernate ").append(mode.equals("tool") ? "validator" : "session factory").append(" | ratio");
            }
            s.append(" | `revision --autogenerate` | peak RSS `check` / Hibernate | perturbations found: `check` / Hibernate |\n");
            s.append("|---:|---:");
            o.hibernateModes().forEach(m -> s.append("|---:|---:"));
            s.append("|---:|---:|---:|\n");
            for (SizeResult r : sizes) {
                double check = Stats.median(r.check(), Measurement::wallMs);
                s.append("| ").append(r.size()).append(" | ").append(timing(r.check()));
                for (List<Measurement> h : r.hibernate()) {
                    double hib = Stats.median(h, Measurement::wallMs);
                    s.append(" | ").append(timing(h)).append(" | ").append(String.format(Locale.ROOT, "%.2f", check / hib));
                }
                s.append(" | ").append(timing(r.revision()));
                s.append(" | ").append(mib(Stats.max(r.check(), Measurement::peakRssKb)));
                for (List<Measurement> h : r.hibernate()) {
                    s.append(" / ").append(mib(Stats.max(h, Measurement::peakRssKb)));
                }
                s.append(" | ").append(r.foundByCheck()).append(" of ").append(r.perturbations().size());
                for (int found : r.foundByHibernate()) {
                    s.append(" / ").append(found);
                }
                s.append(" |\n");
            }
            s.append("\nTimes: median wall (median CPU, user + system). Ratio: `check` wall time over Hibernate's. `check` phases (medians, ms; entities and database run in"
                    + " parallel, compare is both):\n\n");
            s.append("| N |");
            PHASES.forEach(p -> s.append(' ').append(p).append(" |"));
            s.append(" `revision` codegen |\n|---:|");
            PHASES.forEach(p -> s.append("---:|"));
            s.append("---:|\n");
            for (SizeResult r : sizes) {
                s.append("| ").append(r.size()).append(" |");
                for (String p : PHASES) {
                    s.append(' ').append(ms(Stats.median(r.check(), m -> m.phases().getOrDefault(p, Double.NaN)))).append(" |");
                }
                s.append(' ').append(ms(Stats.median(r.revision(), m -> m.phases().getOrDefault("codegen", Double.NaN)))).append(" |\n");
            }
            for (SizeResult r : sizes) {
                if (!r.falsePositives().isEmpty()) {
                    s.append("\nN=").append(r.size()).append(": `check` also reported ").append(r.falsePositives());
                }
            }
        }
        if (!upgrades.isEmpty()) {
            s.append("\nInitial migration, empty database: `autogen upgrade head` (new JVM, migration compiled with no"
                    + " cache) against `psql -f` of the same DDL and transactions (`autogen upgrade head --sql`); beyond 500 tables"
                    + " the initial schema is one migration per 500 tables, as one transaction creating thousands of tables"
                    + " overflows PostgreSQL's default lock table:\n\n");
            s.append("| N | migrations | statements | `autogen upgrade head` | of which compile | `psql` | ratio | peak RSS |\n");
            s.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (UpgradeResult u : upgrades) {
                double up = Stats.median(u.upgrade(), Measurement::wallMs);
                double psql = Stats.median(u.psql(), Measurement::wallMs);
                s.append("| ").append(u.size()).append(" | ").append(u.migrations()).append(" | ").append(u.statements()).append(" | ").append(seconds(up))
                        .append(" | ").append(seconds(Stats.median(u.upgrade(), m -> m.phases().getOrDefault("compile", Double.NaN)) ))
                        .append(" | ").append(seconds(psql)).append(" | ").append(String.format(Locale.ROOT, "%.2f", up / psql))
                        .append(" | ").append(mib(Stats.max(u.upgrade(), Measurement::peakRssKb))).append(" |\n");
            }
        }
        s.append(targets(o, sizes, upgrades));
        return s.toString();
    }

    private static String targets(BenchOptions o, List<SizeResult> sizes, List<UpgradeResult> upgrades) {
        StringBuilder s = new StringBuilder("\nTargets:\n");
        SizeResult largest = sizes.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(null);
        if (largest != null) {
            double check = Stats.median(largest.check(), Measurement::wallMs);
            for (int i = 0; i < o.hibernateModes().size(); i++) {
                double hib = Stats.median(largest.hibernate().get(i), Measurement::wallMs);
                s.append(line(check <= hib, String.format(Locale.ROOT, "N=%d: `check` %.2f s <= Hibernate %s %.2f s",
                        largest.size(), check / 1000, o.hibernateModes().get(i), hib / 1000)));
            }
            SizeResult mid = sizes.stream().filter(r -> r.size() * 4 == largest.size()).findFirst().orElse(null);
            if (mid != null) {
                double grow = check / Stats.median(mid.check(), Measurement::wallMs);
                s.append(line(grow <= 4.0, String.format(Locale.ROOT, "`check` %d -> %d entities: x%.2f (linear: x4.00)",
                        mid.size(), largest.size(), grow)));
            }
            double rss = Stats.max(largest.check(), Measurement::peakRssKb) / 1024;
            s.append(line(rss < 1024, String.format(Locale.ROOT, "N=%d: `check` peak RSS %.0f MiB < 1024 MiB", largest.size(), rss)));
            s.append(line(largest.foundByCheck() == largest.perturbations().size() && largest.falsePositives().isEmpty(),
                    String.format(Locale.ROOT, "N=%d: `check` found %d of %d perturbations, %d other differences",
                            largest.size(), largest.foundByCheck(), largest.perturbations().size(), largest.falsePositives().size())));
        }
        UpgradeResult up = upgrades.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(null);
        if (up != null) {
            double ratio = Stats.median(up.upgrade(), Measurement::wallMs) / Stats.median(up.psql(), Measurement::wallMs);
            s.append(line(ratio <= 1.5, String.format(Locale.ROOT, "N=%d: upgrade / psql = %.2f <= 1.5", up.size(), ratio)));
        }
        return s.toString();
    }

    private static String line(boolean met, String text) {
        return "- " + (met ? "met" : "NOT met") + ": " + text + "\n";
    }

    private static String timing(List<Measurement> runs) {
        return seconds(Stats.median(runs, Measurement::wallMs)) + " (" + seconds(Stats.median(runs, Measurement::cpuMs)) + ")";
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
