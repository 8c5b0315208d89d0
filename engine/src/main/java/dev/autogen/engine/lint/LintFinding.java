package dev.autogen.engine.lint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One rule broken by one change of one migration.
 *
 * @param rule the rule
 * @param revision the migration's revision id
 * @param message the migration's message (possibly empty)
 * @param file the migration's source file, or null for a migration on the class path
 * @param origin where the migration comes from as the revision graph names it (its file, or its class)
 * @param table the table the change is on
 * @param detail what happens, in one line, naming the table
 * @param suppressed whether the migration silences the rule ({@code // autogen-lint: ignore AG101})
 */
public record LintFinding(
        LintRule rule,
        String revision,
        String message,
        Path file,
        String origin,
        String table,
        String detail,
        boolean suppressed) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(revision, "revision");
        message = message == null ? "" : message;
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detail, "detail");
    }

    public Severity severity() {
        return rule.severity();
    }
}
