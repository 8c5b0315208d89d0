package dev.autogen.engine.lint;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.core.ops.Safety;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.OperationRecorder;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs each migration's {@code upgrade()} against an {@link OperationRecorder} for the target dialect (nothing is
 * rendered or run, no database is needed) and judges what it recorded:
 *
 * <ul>
 *   <li>what blocks writes to a table that holds rows, as the dialect's {@link Dialect#blocksWrites} says, for the
 *       plain or the online form the migration asked for ({@code AG101}-{@code AG106});
 *   <li>a drop of a table or column the entities still map, where entities are given ({@code AG201});
 *   <li>each change's {@link Safety} ({@code AG301}, {@code AG302}).
 * </ul>
 *
 * A table counts as holding rows unless the same migration created it: changes to a table created earlier in the same
 * migration are not judged. Raw SQL ({@code op.execute}) is read by {@link RawSql}.
 */
public final class Linter {

    private final Dialect dialect;
    private final SchemaSnapshot entities;

    /**
     * @param dialect the database the migrations are read for
     * @param entities the entities' schema, or null where none are given ({@code AG201} is then not checked)
     */
    public Linter(Dialect dialect, SchemaSnapshot entities) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.entities = entities;
    }

    /**
     * The findings of the migrations of {@code path}, in order.
     *
     * @throws LintException when a migration's {@code upgrade()} fails while it is read
     */
    public List<LintFinding> lint(MigrationSet migrations, List<RevisionNode> path) {
        migrations.load(path.stream().map(RevisionNode::id).toList()); // one compiler run, before anything is judged
        List<LintFinding> findings = new ArrayList<>();
        for (RevisionNode node : path) {
            findings.addAll(lint(node, migrations.migration(node.id())));
        }
        return findings;
    }

    /** The findings of one migration. */
    public List<LintFinding> lint(RevisionNode node, Migration migration) {
        OperationRecorder recorder = new OperationRecorder();
        try {
            migration.upgrade(recorder.operations(dialect));
        } catch (RuntimeException e) {
            throw new LintException(
                    "cannot lint revision " + node.id() + " (" + node.origin() + "): its upgrade() failed for "
                            + dialect.name() + ": " + oneLine(e) + "; fix the migration and run again",
                    e);
        }
        Path file = sourceFile(node.origin());
        Judge judge = new Judge(node, file, Suppressions.of(file));
        for (OperationRecorder.Event event : recorder.events()) {
            if (event instanceof OperationRecorder.Step step) {
                judge.change(step.op(), step.online(), false, "");
            } else if (event instanceof OperationRecorder.Sql sql) {
                for (RawSql.Item item : RawSql.classify(sql.text(), dialect.lexerRules(), judge.validated)) {
                    judge.raw(item);
                }
            }
        }
        return judge.findings;
    }

    /** The findings of one migration, with what it created so far. */
    private final class Judge {
        final RevisionNode node;
        final Path file;
        final Set<LintRule> silenced;
        final Set<String> created = new HashSet<>();
        final Set<String> validated = new HashSet<>();
        final List<LintFinding> findings = new ArrayList<>();

        Judge(RevisionNode node, Path file, Set<LintRule> silenced) {
            this.node = node;
            this.file = file;
            this.silenced = silenced;
        }

        void raw(RawSql.Item item) {
            if (item instanceof RawSql.Change change) {
                change(change.op(), change.online(), change.refusesCopy(), "op.execute: ");
            } else if (item instanceof RawSql.Created c) {
                created.add(key(c.table()));
            } else if (item instanceof RawSql.Validated v) {
                validated.add(key(v.table()));
            } else if (item instanceof RawSql.Direct direct && !created.contains(key(direct.table()))) {
                add(direct.rule(), direct.table(), "op.execute: " + direct.detail());
            }
        }

        /** @param refusesCopy the statement names an algorithm that never copies: it fails rather than block */
        void change(Operation op, boolean online, boolean refusesCopy, String prefix) {
            if (op instanceof CreateTableOp) {
                created.add(key(op.table()));
                return;
            }
            if (op instanceof RenameTableOp rename && created.contains(key(rename.from()))) {
                created.add(key(rename.to()));
                return;
            }
            String table = op.table();
            if (created.contains(key(table))) {
                return;
            }
            Optional<WriteBlock> block = refusesCopy ? Optional.empty() : dialect.blocksWrites(op, online);
            block.ifPresent(b -> add(LintRule.of(b.kind(), op instanceof AddColumnOp), table, prefix + b.reason()));
            mapped(op)
                    .ifPresent(what -> add(
                            LintRule.DROP_MAPPED,
                            table,
                            prefix + "drops " + what + ", which the entities still map: the running application fails"
                                    + " on it"));
            Safety safety = op.safety();
            if (safety == Safety.DESTRUCTIVE) {
                add(LintRule.DESTRUCTIVE, table, prefix + describe(op) + " removes data");
            } else if (safety == Safety.DATA_DEPENDENT) {
                add(
                        LintRule.DATA_DEPENDENT,
                        table,
                        prefix + describe(op) + " may fail or lose values depending on the rows");
            }
        }

        void add(LintRule rule, String table, String detail) {
            findings.add(new LintFinding(
                    rule, node.id(), node.message(), file, node.origin(), table, detail, silenced.contains(rule)));
        }
    }

    /** {@code table users} or {@code column users.email}, when the op drops what the entities still map. */
    private Optional<String> mapped(Operation op) {
        if (entities == null) {
            return Optional.empty();
        }
        if (op instanceof DropTableOp) {
            return entityTable(op.table()).map(t -> "table " + op.table());
        }
        if (op instanceof DropColumnOp drop) {
            String column = key(drop.column().name());
            return entityTable(op.table())
                    .filter(t -> t.columns().stream()
                            .map(Column::name)
                            .map(Linter::key)
                            .anyMatch(column::equals))
                    .map(t -> "column " + op.table() + "." + drop.column().name());
        }
        return Optional.empty();
    }

    private Optional<Table> entityTable(String name) {
        String wanted = key(name);
        String unqualified = wanted.substring(wanted.lastIndexOf('.') + 1);
        Table sameSchema = null;
        for (Table t : entities.tables()) {
            String k = key(t.name());
            if (k.equals(wanted)) {
                return Optional.of(t);
            }
            if (!wanted.contains(".") && k.substring(k.lastIndexOf('.') + 1).equals(unqualified)) {
                sameSchema = t;
            }
        }
        return Optional.ofNullable(wanted.contains(".") ? null : sameSchema);
    }

    /** A name as compared: without quotes, in lower case. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\.", -1)) {
            out.append(out.length() == 0 ? "" : ".")
                    .append((Identifiers.isQuoted(part) ? Identifiers.text(part) : part).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static String describe(Operation op) {
        String what = op.kind().replace('_', ' ');
        if (op instanceof DropColumnOp drop) {
            return what + " " + op.table() + "." + drop.column().name();
        }
        if (op instanceof dev.autogen.core.ops.AlterColumnOp alter) {
            return what + " " + op.table() + "." + alter.column();
        }
        return what + " on " + op.table();
    }

    private static Path sourceFile(String origin) {
        if (origin == null || !origin.endsWith(".java")) {
            return null;
        }
        try {
            Path path = Path.of(origin);
            return Files.isRegularFile(path) ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        String message = cause.getMessage();
        while ((message == null || message.isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
            message = cause.getMessage();
        }
        String text = message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
