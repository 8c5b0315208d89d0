package dev.autogen.engine.lint;

import dev.autogen.core.database.WriteBlock;

/**
 * The rules, with ids that never change meaning: {@code AG1xx} block writes to a table that holds rows, {@code AG2xx}
 * break the application that runs beside the migration, {@code AG3xx} can lose data. A rule is silenced for one
 * migration by a comment anywhere in its file: {@code // autogen-lint: ignore AG101 AG301}.
 */
public enum LintRule {
    INDEX_BUILD(
            "AG101",
            "index-build",
            Severity.ERROR,
            "An index is built on an existing table under a lock that blocks writes",
            "write op.online().createIndex(...) (CREATE INDEX CONCURRENTLY, outside the transaction)"),
    CONSTRAINT_SCAN(
            "AG102",
            "constraint-scan",
            Severity.ERROR,
            "A foreign key or check is added with a scan of every row under a lock that blocks writes",
            "write op.online().createForeignKey(...) or op.online().createCheckConstraint(...) (NOT VALID, then"
                    + " VALIDATE CONSTRAINT)"),
    NOT_NULL_SCAN(
            "AG103",
            "not-null-scan",
            Severity.ERROR,
            "SET NOT NULL scans the table under an exclusive lock",
            "write op.online().alterColumn(...) (a validated CHECK (col IS NOT NULL) first lets SET NOT NULL skip the"
                    + " scan)"),
    TABLE_REWRITE(
            "AG104",
            "table-rewrite",
            Severity.ERROR,
            "A type change rewrites the whole table under an exclusive lock",
            "add a new column, fill it in batches and switch to it, or run the change in a maintenance window"),
    NEW_COLUMN_REWRITE(
            "AG105",
            "new-column-rewrite",
            Severity.ERROR,
            "A new column with a volatile default or an identity rewrites the whole table",
            "add the column without a default, fill it in batches, then set the default"),
    TABLE_COPY(
            "AG106",
            "table-copy",
            Severity.ERROR,
            "The change takes ALGORITHM=COPY, which copies the table while writes wait",
            "write op.online()... where the server can make the change in place (ALGORITHM=INPLACE, LOCK=NONE);"
                    + " otherwise use an online schema-change tool or a maintenance window"),
    DROP_MAPPED(
            "AG201",
            "drop-mapped",
            Severity.ERROR,
            "A column or table is dropped that an entity still maps",
            "remove the mapping from the entity (or mark it @Transient) and deploy that before this migration"),
    DESTRUCTIVE(
            "AG301",
            "destructive",
            Severity.WARNING,
            "The change removes data: a dropped table or column, or TRUNCATE",
            "make sure the data is no longer needed (or kept elsewhere), then silence it with"
                    + " // autogen-lint: ignore AG301"),
    DATA_DEPENDENT(
            "AG302",
            "data-dependent",
            Severity.WARNING,
            "The change may fail or lose values depending on the rows",
            "check the rows first (NULLs, duplicates, orphans, values that do not fit), then silence it with"
                    + " // autogen-lint: ignore AG302");

    private final String id;
    private final String shortName;
    private final Severity severity;
    private final String summary;
    private final String fix;

    LintRule(String id, String shortName, Severity severity, String summary, String fix) {
        this.id = id;
        this.shortName = shortName;
        this.severity = severity;
        this.summary = summary;
        this.fix = fix;
    }

    /** The stable id, {@code AG101}. */
    public String id() {
        return id;
    }

    /** The short name, {@code index-build}. */
    public String shortName() {
        return shortName;
    }

    public Severity severity() {
        return severity;
    }

    /** What the rule finds, in one sentence. */
    public String summary() {
        return summary;
    }

    /** What to do instead, in one line. */
    public String fix() {
        return fix;
    }

    /** The rule for what blocks writes; a rewrite is {@link #NEW_COLUMN_REWRITE} when it comes from a new column. */
    static LintRule of(WriteBlock.Kind kind, boolean newColumn) {
        return switch (kind) {
            case INDEX_BUILD -> INDEX_BUILD;
            case CONSTRAINT_SCAN -> CONSTRAINT_SCAN;
            case NOT_NULL_SCAN -> NOT_NULL_SCAN;
            case TABLE_REWRITE -> newColumn ? NEW_COLUMN_REWRITE : TABLE_REWRITE;
            case TABLE_COPY -> TABLE_COPY;
        };
    }

    /** The rule with this id ({@code AG101}), ignoring case; null when there is none. */
    public static LintRule byId(String id) {
        for (LintRule rule : values()) {
            if (rule.id.equalsIgnoreCase(id)) {
                return rule;
            }
        }
        return null;
    }
}
