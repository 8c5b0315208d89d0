package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.MigrationRunner;
import dev.autogen.runtime.internal.migration.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code validate} and {@code repair --accept} report, as the command line and the build plugin print it. When
 * every applied migration is unchanged, one line; otherwise a line per changed or missing revision, naming it and its
 * file, then one saying what to do.
 */
public final class ValidationReport {

    private final Validation validation;
    private final SettingNames names;

    private ValidationReport(Validation validation, SettingNames names) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.names = Objects.requireNonNull(names, "names");
    }

    public static ValidationReport of(Validation validation, SettingNames names) {
        return new ValidationReport(validation, names);
    }

    /** Whether the report fails the command (exit 1): a changed or missing applied migration. */
    public boolean fails() {
        return !validation.ok();
    }

    /** The lines to print. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String unrecorded = validation.unrecorded().isEmpty()
                ? ""
                : "; " + validation.unrecorded().size() + " applied migration"
                        + (validation.unrecorded().size() == 1 ? " has" : "s have")
                        + " no checksum recorded yet (the next upgrade records "
                        + (validation.unrecorded().size() == 1 ? "it" : "them") + ")";
        if (validation.ok()) {
            int n = validation.matched();
            lines.add((n == 0
                            ? "No applied migration has a checksum to check"
                            : n == 1
                                    ? "The applied migration matches its checksum"
                                    : "All " + n + " applied migrations match their checksums")
                    + " (" + validation.dialect() + ")" + unrecorded);
            return lines;
        }
        for (Validation.Changed c : validation.changed()) {
            lines.add(c.revision() + " changed: " + TerminalText.escape(c.origin())
                    + " records other operations than when it was applied (checksum " + shortened(c.recorded())
                    + " recorded, " + shortened(c.current()) + " now)");
        }
        for (String id : validation.missing()) {
            lines.add(id + " missing: the database has applied it, but no migration has this revision");
        }
        List<String> ids =
                validation.changed().stream().map(Validation.Changed::revision).toList();
        StringBuilder what = new StringBuilder();
        what.append(count(validation.changed().size(), "changed"));
        if (!validation.missing().isEmpty()) {
            what.append(what.length() > 0 ? ", " : "")
                    .append(count(validation.missing().size(), "missing"));
        }
        String todo = ids.isEmpty()
                ? "restore the missing migration files"
                : "restore "
                        + (validation.changed().size() + validation.missing().size() == 1 ? "it" : "them")
                        + ", or record an intended change with "
                        + names.command(SettingNames.Command.REPAIR_ACCEPT)
                                .map(command -> "'" + command.replace("REV", String.join(" ", ids)) + "'")
                                .orElse("repair, accepting " + String.join(" ", ids));
        lines.add("Validation failed (" + validation.dialect() + "): " + what + "; " + todo);
        return lines;
    }

    /** One line a revision {@code repair --accept} recorded. */
    public static List<String> accepted(List<MigrationRunner.Accepted> accepted) {
        return accepted.stream()
                .map(a -> a.was() == null
                        ? "Recorded checksum " + shortened(a.now()) + " for " + a.revision()
                        : a.was().equals(a.now())
                                ? "Checksum of " + a.revision() + " unchanged (" + shortened(a.now()) + ")"
                                : "Recorded checksum " + shortened(a.now()) + " for " + a.revision() + " (was "
                                        + shortened(a.was()) + ")")
                .toList();
    }

    private static String count(int n, String what) {
        return n == 0 ? "" : n + " applied migration" + (n == 1 ? " " : "s ") + what;
    }

    /** The first 12 hex digits of a checksum, as {@code git} shortens a hash. */
    private static String shortened(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
