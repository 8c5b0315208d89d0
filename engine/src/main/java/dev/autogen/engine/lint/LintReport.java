package dev.autogen.engine.lint;

import java.util.List;
import java.util.Objects;

/**
 * What {@code lint} found over a range of migrations.
 *
 * @param dialect the database the migrations were read for ({@code postgresql})
 * @param range the range linted, as given ({@code base:heads}, {@code current:heads})
 * @param migrations how many migrations were linted
 * @param findings every finding, in migration order, the silenced ones included
 * @param notes what could not be checked, one line each (no entities given: {@code AG201} is not checked)
 */
public record LintReport(String dialect, String range, int migrations, List<LintFinding> findings, List<String> notes) {

    public LintReport {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(range, "range");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** The findings no migration silences. */
    public List<LintFinding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** How many findings are silenced. */
    public long suppressed() {
        return findings.stream().filter(LintFinding::suppressed).count();
    }

    /** How many active findings have this severity. */
    public long count(Severity severity) {
        return active().stream().filter(f -> f.severity() == severity).count();
    }

    /** The active findings that reach the threshold. */
    public List<LintFinding> failing(LintFailOn failOn) {
        return active().stream().filter(f -> failOn.fails(f.severity())).toList();
    }

    /** Whether some active finding reaches the threshold. */
    public boolean fails(LintFailOn failOn) {
        return !failing(failOn).isEmpty();
    }
}
