package dev.autogen.diff;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.ReferentialAction;
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
import dev.autogen.core.ops.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One human-readable line per operation, for {@code autogen diff} and {@code autogen check}. */
public final class PlanDescriber implements OperationVisitor<String> {

    /** The plan as lines like {@code + add column users.nickname VARCHAR(64)}, destructive ones marked. */
    public static List<String> describe(MigrationPlan plan) {
        PlanDescriber describer = new PlanDescriber();
        List<String> lines = new ArrayList<>();
        for (Operation op : plan.operations()) {
            String line = op.accept(describer);
            if (op.safety() == Safety.DESTRUCTIVE) {
                line += "   [destructive]";
            } else if (op.safety() == Safety.DATA_DEPENDENT) {
                line += "   [data-dependent]";
            }
            lines.add(line);
        }
        return lines;
    }

    @Override
    public String visitCreateTable(CreateTableOp op) {
        String line = "+ add table " + op.table() + " ("
                + String.join(
                        ", ",
                        op.definition().columns().stream().map(Column::name).toList()) + ")";
        int rows = op.definition().initialRows() == null
                ? 0
                : op.definition().initialRows().rows().size();
        return rows == 0 ? line : line + " with " + rows + (rows == 1 ? " initial row" : " initial rows");
    }

    @Override
    public String visitDropTable(DropTableOp op) {
        // a generator table's rows, read when the plan was made, come back with it in the downgrade
        int rows = op.definition().initialRows() == null
                ? 0
                : op.definition().initialRows().rows().size();
        String line = "- drop table " + op.table();
        return rows == 0 ? line : line + " (its " + rows + (rows == 1 ? " row" : " rows") + " kept for the downgrade)";
    }

    @Override
    public String visitAddColumn(AddColumnOp op) {
        return "+ add column " + op.table() + "." + op.column().name() + " "
                + state(op.column().state());
    }

    @Override
    public String visitDropColumn(DropColumnOp op) {
        return "- drop column " + op.table() + "." + op.column().name();
    }

    @Override
    public String visitAlterColumn(AlterColumnOp op) {
        List<String> changes = new ArrayList<>();
        if (op.typeChanged()) {
            String how = op.mapping() == null ? "" : " (values " + mapping(op) + ")";
            changes.add("type " + op.from().type() + " -> " + op.to().type() + how);
        }
        if (!op.typeChanged() && op.mapping() != null) {
            changes.add("values " + mapping(op));
        }
        if (op.nullableChanged()) {
            changes.add(op.to().nullable() ? "NOT NULL -> NULL" : "NULL -> NOT NULL");
        }
        if (op.defaultChanged()) {
            changes.add(
                    "default " + op.from().serverDefault() + " -> " + op.to().serverDefault());
        }
        if (op.commentChanged()) {
            changes.add("comment " + quoted(op.from().comment()) + " -> "
                    + quoted(op.to().comment()));
        }
        if (op.identityChanged()) {
            changes.add(op.to().identity() ? "becomes identity" : "no longer identity");
        }
        String note = op.conversion() == null || op.typeSafety() == Safety.SAFE
                ? null
                : op.conversion().note();
        return "~ alter column " + op.table() + "." + op.column() + ": " + String.join(", ", changes)
                + (note == null ? "" : "; " + note);
    }

    /** {@code 'A' -> 0, 'B' -> 1}. */
    private static String mapping(AlterColumnOp op) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < op.mapping().from().size(); i++) {
            pairs.add(op.mapping().from().get(i) + " -> " + op.mapping().to().get(i));
        }
        return String.join(", ", pairs);
    }

    @Override
    public String visitCreateIndex(CreateIndexOp op) {
        return "+ add " + (op.index().unique() ? "unique index " : "index ")
                + op.index().name() + " on " + op.table() + " (" + indexColumns(op.index()) + ")";
    }

    /** {@code created_at desc, kind}. */
    private static String indexColumns(Index index) {
        return String.join(
                ", ",
                index.columns().stream()
                        .map(c -> index.isDescending(c) ? c + " desc" : c)
                        .toList());
    }

    @Override
    public String visitDropIndex(DropIndexOp op) {
        return "- drop index " + op.index().name() + " on " + op.table();
    }

    @Override
    public String visitAddUnique(AddUniqueOp op) {
        return "+ add unique constraint " + name(op.constraint().name()) + "on " + op.table() + " ("
                + String.join(", ", op.constraint().columns()) + ")";
    }

    @Override
    public String visitDropUnique(DropUniqueOp op) {
        return "- drop unique constraint " + name(op.constraint().name()) + "on " + op.table() + " ("
                + String.join(", ", op.constraint().columns()) + ")";
    }

    @Override
    public String visitAddForeignKey(AddForeignKeyOp op) {
        return "+ add foreign key " + name(op.foreignKey().name()) + "on " + op.table() + foreignKey(op.foreignKey());
    }

    @Override
    public String visitDropForeignKey(DropForeignKeyOp op) {
        return "- drop foreign key " + name(op.foreignKey().name()) + "on " + op.table() + foreignKey(op.foreignKey());
    }

    @Override
    public String visitAddCheck(AddCheckOp op) {
        return "+ add check constraint " + name(op.check().name()) + "on " + op.table() + " ("
                + op.check().expression() + ")";
    }

    @Override
    public String visitDropCheck(DropCheckOp op) {
        return "- drop check constraint " + name(op.check().name()) + "on " + op.table() + " ("
                + op.check().expression() + ")";
    }

    @Override
    public String visitCreateSequence(CreateSequenceOp op) {
        return "+ add sequence " + op.sequence().name() + " (start "
                + op.sequence().start() + ", increment " + op.sequence().increment() + ")";
    }

    @Override
    public String visitDropSequence(DropSequenceOp op) {
        return "- drop sequence " + op.sequence().name();
    }

    @Override
    public String visitAlterSequence(AlterSequenceOp op) {
        return "~ alter sequence " + op.to().name() + ": start " + op.from().start() + " -> "
                + op.to().start()
                + ", increment " + op.from().increment() + " -> " + op.to().increment()
                + (op.to().cache() == null || op.to().cache().equals(op.from().cache())
                        ? ""
                        : ", cache " + op.from().cache() + " -> " + op.to().cache());
    }

    @Override
    public String visitAlterTableComment(AlterTableCommentOp op) {
        return "~ alter table comment " + op.table() + ": " + quoted(op.from()) + " -> " + quoted(op.to());
    }

    @Override
    public String visitRenameTable(RenameTableOp op) {
        return "~ rename table " + op.from() + " -> " + op.to();
    }

    @Override
    public String visitRenameColumn(RenameColumnOp op) {
        return "~ rename column " + op.table() + "." + op.from() + " -> " + op.to();
    }

    private static String quoted(String s) {
        return s == null ? "none" : "'" + s + "'";
    }

    /**
     * {@code (a) -> t (id)} and the rules other than NO ACTION ({@code on delete cascade}): a key dropped and added
     * again because its rules changed shows what changed.
     */
    private static String foreignKey(ForeignKey fk) {
        return " (" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable() + " ("
                + String.join(", ", fk.referencedColumns()) + ")" + rule("delete", fk.onDelete())
                + rule("update", fk.onUpdate());
    }

    private static String rule(String event, ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION
                ? ""
                : " on " + event + " " + action.sql().toLowerCase(Locale.ROOT);
    }

    private static String name(String name) {
        return name == null ? "" : name + " ";
    }

    private static String state(ColumnState state) {
        return state.type()
                + (state.nullable() ? "" : " NOT NULL")
                + (state.serverDefault() == null ? "" : " DEFAULT " + state.serverDefault());
    }
}
