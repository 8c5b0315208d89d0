package dev.autogen.diff.scratch;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.OperationVisitor;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Compares like with like: whether something changed is decided by comparing two schemas the same database reported
 * (a scratch copy where Hibernate's DDL for the entities was run, and the live schema), while what a change writes
 * comes from the entity model, so generated migrations keep the entities' portable types and defaults.
 *
 * <p>{@link #target} starts from the live schema and applies to it only what the scratch-versus-live comparison
 * found, each change carrying the entity model's version of the object (the scratch copy's where the entity model has
 * none). Diffing that target against the live schema gives exactly those changes: everything else is the live schema
 * itself.
 */
public final class ScratchTarget {

    private ScratchTarget() {}

    /**
     * The schema to diff the live one against.
     *
     * @param entities the schema the entities describe, read offline
     * @param scratch Hibernate's DDL for the entities as the database reports it back
     * @param live the database's schema
     */
    public static SchemaSnapshot target(
            SchemaSnapshot entities,
            SchemaSnapshot scratch,
            SchemaSnapshot live,
            DiffOptions options,
            SchemaDialect dialect) {
        scratch = withEntityCheckNames(entities, scratch, dialect);
        MigrationPlan likeForLike = SchemaDiff.compare(scratch, live, options, dialect);
        Patcher patcher = new Patcher(entities, scratch, live, dialect);
        for (Operation op : likeForLike.operations()) {
            op.accept(patcher);
        }
        return patcher.result();
    }

    /**
     * The scratch copy with the names the database gave to checks the entities leave unnamed taken away: the database
     * names an inline check after its column where Autogen's migration got another generated name, and two named
     * checks match by name only.
     */
    private static SchemaSnapshot withEntityCheckNames(
            SchemaSnapshot entities, SchemaSnapshot scratch, SchemaDialect dialect) {
        return scratch.withTables(scratch.tables().stream()
                .map(t -> {
                    Optional<Table> entity = entities.tables().stream()
                            .filter(e -> dialect.nameKey(e.name()).equals(dialect.nameKey(t.name())))
                            .findFirst();
                    if (entity.isEmpty()) {
                        return t;
                    }
                    List<String> named = entity.get().checks().stream()
                            .filter(c -> c.name() != null)
                            .map(c -> dialect.nameKey(c.name()))
                            .toList();
                    return t.withChecks(t.checks().stream()
                            .map(c -> c.name() == null || named.contains(dialect.nameKey(c.name()))
                                    ? c
                                    : c.withName(null))
                            .toList());
                })
                .toList());
    }

    /** Applies one found change to the target, taking the entity model's version of what it adds or alters. */
    private static final class Patcher implements OperationVisitor<Void> {
        private final SchemaSnapshot entities;
        private final SchemaSnapshot scratch;
        private final SchemaDialect dialect;
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final Map<String, Sequence> sequences = new LinkedHashMap<>();

        Patcher(SchemaSnapshot entities, SchemaSnapshot scratch, SchemaSnapshot live, SchemaDialect dialect) {
            this.entities = entities;
            this.scratch = scratch;
            this.dialect = dialect;
            live.tables().forEach(t -> tables.put(key(t.name()), t));
            live.sequences().forEach(s -> sequences.put(key(s.name()), s));
        }

        /** The target, its columns in the entity model's order, as the offline target has them. */
        SchemaSnapshot result() {
            List<Table> out = new ArrayList<>();
            for (Table t : tables.values()) {
                Optional<Table> entity = find(entities.tables(), e -> same(e.name(), t.name()));
                if (entity.isPresent()) {
                    List<String> order = entity.get().columns().stream()
                            .map(c -> key(c.name()))
                            .toList();
                    List<Column> columns = new ArrayList<>(t.columns().stream()
                            .map(c -> withEnumConstants(c, entity.get()))
                            .toList());
                    columns.sort(java.util.Comparator.comparingInt(c -> {
                        int i = order.indexOf(key(c.name()));
                        return i < 0 ? Integer.MAX_VALUE : i;
                    }));
                    out.add(t.withColumns(columns));
                } else {
                    out.add(t);
                }
            }
            return new SchemaSnapshot(out, List.copyOf(sequences.values()));
        }

        /**
         * The column with the entity model's type where that is the same column type and knows the Java enum's
         * constants (which the database cannot report), so that a change of the enum converts stored values through
         * them even where nothing else about the column changed.
         */
        private Column withEnumConstants(Column column, Table entity) {
            Optional<Column> model = find(entity.columns(), e -> same(e.name(), column.name()));
            if (model.isEmpty()
                    || model.get().type().values().isEmpty()
                    || !dialect.canonicalType(model.get().type()).equals(dialect.canonicalType(column.type()))) {
                return column;
            }
            return new Column(
                    column.name(),
                    model.get().type(),
                    column.nullable(),
                    column.serverDefault(),
                    column.identity(),
                    column.comment(),
                    column.generated());
        }

        private String key(String name) {
            return dialect.nameKey(name);
        }

        private boolean same(String a, String b) {
            return a != null && b != null && key(a).equals(key(b));
        }

        private List<String> keys(List<String> names) {
            return names.stream().map(this::key).toList();
        }

        /** The entity model's table of this name, else the scratch copy's. */
        private Optional<Table> wanted(String table) {
            return find(entities.tables(), t -> same(t.name(), table))
                    .or(() -> find(scratch.tables(), t -> same(t.name(), table)));
        }

        private static <T> Optional<T> find(List<T> items, Predicate<T> p) {
            return items.stream().filter(p).findFirst();
        }

        private void patch(String table, UnaryOperator<Table> change) {
            Table current = tables.get(key(table));
            if (current != null) {
                tables.put(key(table), change.apply(current));
            }
        }

        /** {@code items} without those {@code drop} matches, plus {@code add} if given. */
        private static <T> List<T> replace(List<T> items, Predicate<T> drop, T add) {
            List<T> out = new ArrayList<>(items.stream().filter(drop.negate()).toList());
            if (add != null) {
                out.add(add);
            }
            return out;
        }

        private <T> T entityVersion(String table, Function<Table, List<T>> items, Predicate<T> matches, T fallback) {
            return find(entities.tables(), t -> same(t.name(), table))
                    .flatMap(t -> find(items.apply(t), matches))
                    .orElse(fallback);
        }

        @Override
        public Void visitCreateTable(CreateTableOp op) {
            tables.put(key(op.table()), wanted(op.table()).orElse(op.definition()));
            return null;
        }

        @Override
        public Void visitDropTable(DropTableOp op) {
            tables.remove(key(op.table()));
            return null;
        }

        @Override
        public Void visitAddColumn(AddColumnOp op) {
            Column column = entityVersion(
                    op.table(), Table::columns, c -> same(c.name(), op.column().name()), op.column());
            patch(op.table(), t -> t.withColumns(replace(t.columns(), c -> same(c.name(), column.name()), column)));
            return null;
        }

        @Override
        public Void visitDropColumn(DropColumnOp op) {
            patch(
                    op.table(),
                    t -> t.withColumns(
                            replace(t.columns(), c -> same(c.name(), op.column().name()), null)));
            return null;
        }

        /** Only what changed takes the entity's value; the rest stays as the database has it. */
        @Override
        public Void visitAlterColumn(AlterColumnOp op) {
            Column wanted = entityVersion(op.table(), Table::columns, c -> same(c.name(), op.column()), null);
            patch(
                    op.table(),
                    t -> t.mapColumns(c -> {
                        if (!same(c.name(), op.column())) {
                            return c;
                        }
                        Column out = c;
                        if (op.typeChanged()) {
                            out = out.withState(new ColumnState(
                                    wanted != null ? wanted.type() : op.to().type(),
                                    out.nullable(),
                                    out.serverDefault(),
                                    out.comment()));
                        }
                        if (op.nullableChanged()) {
                            out = out.withNullable(op.to().nullable());
                        }
                        if (op.defaultChanged()) {
                            out = out.withServerDefault(
                                    wanted != null
                                            ? wanted.serverDefault()
                                            : op.to().serverDefault());
                        }
                        if (op.commentChanged()) {
                            out = out.withComment(
                                    wanted != null ? wanted.comment() : op.to().comment());
                        }
                        if (op.identityChanged()) {
                            out = out.withIdentity(op.to().identity());
                        }
                        return out;
                    }));
            return null;
        }

        @Override
        public Void visitCreateIndex(CreateIndexOp op) {
            Index index = entityVersion(
                    op.table(), Table::indexes, i -> same(i.name(), op.index().name()), op.index());
            patch(op.table(), t -> t.withIndexes(replace(t.indexes(), i -> same(i.name(), index.name()), index)));
            return null;
        }

        @Override
        public Void visitDropIndex(DropIndexOp op) {
            patch(
                    op.table(),
                    t -> t.withIndexes(
                            replace(t.indexes(), i -> same(i.name(), op.index().name()), null)));
            return null;
        }

        @Override
        public Void visitAddUnique(AddUniqueOp op) {
            List<String> columns = keys(op.constraint().columns());
            UniqueConstraint unique = entityVersion(
                    op.table(), Table::uniqueConstraints, u -> keys(u.columns()).equals(columns), op.constraint());
            patch(
                    op.table(),
                    t -> t.withUniqueConstraints(replace(
                            t.uniqueConstraints(), u -> keys(u.columns()).equals(columns), unique)));
            return null;
        }

        @Override
        public Void visitDropUnique(DropUniqueOp op) {
            List<String> columns = keys(op.constraint().columns());
            patch(
                    op.table(),
                    t -> t.withUniqueConstraints(replace(
                            t.uniqueConstraints(), u -> keys(u.columns()).equals(columns), null)));
            return null;
        }

        private String signature(ForeignKey fk) {
            return keys(fk.columns()) + "->" + key(fk.referencedTable()) + keys(fk.referencedColumns());
        }

        @Override
        public Void visitAddForeignKey(AddForeignKeyOp op) {
            String signature = signature(op.foreignKey());
            ForeignKey fk = entityVersion(
                    op.table(), Table::foreignKeys, f -> signature(f).equals(signature), op.foreignKey());
            patch(
                    op.table(),
                    t -> t.withForeignKeys(
                            replace(t.foreignKeys(), f -> signature(f).equals(signature), fk)));
            return null;
        }

        @Override
        public Void visitDropForeignKey(DropForeignKeyOp op) {
            String signature = signature(op.foreignKey());
            patch(
                    op.table(),
                    t -> t.withForeignKeys(
                            replace(t.foreignKeys(), f -> signature(f).equals(signature), null)));
            return null;
        }

        private boolean sameCheck(CheckConstraint a, CheckConstraint b) {
            return a.name() != null && b.name() != null
                    ? same(a.name(), b.name())
                    : java.util.Objects.equals(
                            dialect.normalizeCheck(a.expression()), dialect.normalizeCheck(b.expression()));
        }

        @Override
        public Void visitAddCheck(AddCheckOp op) {
            CheckConstraint check = entityVersion(op.table(), Table::checks, c -> sameCheck(c, op.check()), op.check());
            patch(op.table(), t -> t.withChecks(replace(t.checks(), c -> sameCheck(c, op.check()), check)));
            return null;
        }

        @Override
        public Void visitDropCheck(DropCheckOp op) {
            patch(op.table(), t -> t.withChecks(replace(t.checks(), c -> sameCheck(c, op.check()), null)));
            return null;
        }

        private Sequence wantedSequence(Sequence fallback) {
            return find(entities.sequences(), s -> same(s.name(), fallback.name()))
                    .orElse(fallback);
        }

        @Override
        public Void visitCreateSequence(CreateSequenceOp op) {
            sequences.put(key(op.sequence().name()), wantedSequence(op.sequence()));
            return null;
        }

        @Override
        public Void visitDropSequence(DropSequenceOp op) {
            sequences.remove(key(op.sequence().name()));
            return null;
        }

        @Override
        public Void visitAlterSequence(AlterSequenceOp op) {
            sequences.put(key(op.to().name()), wantedSequence(op.to()));
            return null;
        }

        @Override
        public Void visitAlterTableComment(AlterTableCommentOp op) {
            String comment = find(entities.tables(), t -> same(t.name(), op.table()))
                    .map(Table::comment)
                    .orElse(op.to());
            patch(op.table(), t -> t.withComment(comment));
            return null;
        }

        @Override
        public Void visitRenameTable(RenameTableOp op) {
            throw new IllegalStateException("a comparison never renames: " + op);
        }

        @Override
        public Void visitRenameColumn(RenameColumnOp op) {
            throw new IllegalStateException("a comparison never renames: " + op);
        }
    }
}
