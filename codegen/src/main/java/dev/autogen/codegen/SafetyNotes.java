package dev.autogen.codegen;

import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
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
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.OperationVisitor;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.core.ops.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an operation does to existing data, in words, for the warning comment above an operation that is not
 * {@link Safety#SAFE}. Which operations get a comment is decided by {@link Operation#safety()}; this only says why.
 * The texts are raw: {@link Comments#line} makes them safe.
 */
final class SafetyNotes implements OperationVisitor<List<String>> {

    private static final Set<TypeKind> INTEGERS =
            Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

    /** The comment lines, for example {@code DESTRUCTIVE: drops table "legacy" and all its rows}; empty when safe. */
    static List<String> commentsFor(Operation op) {
        if (!op.destructive()) {
            return List.of();
        }
        String prefix = op.safety() == Safety.DESTRUCTIVE ? "DESTRUCTIVE: " : "DATA-DEPENDENT: ";
        return op.accept(new SafetyNotes()).stream().map(note -> prefix + note).toList();
    }

    @Override
    public List<String> visitCreateTable(CreateTableOp op) {
        return List.of("creates table \"" + op.table() + "\"");
    }

    @Override
    public List<String> visitDropTable(DropTableOp op) {
        return List.of("drops table \"" + op.table() + "\" and all its rows");
    }

    @Override
    public List<String> visitAddColumn(AddColumnOp op) {
        String note = "adds column " + op.table() + "." + op.column().name();
        boolean needsValue = !op.column().nullable()
                && op.column().serverDefault() == null
                && !op.column().identity();
        return List.of(needsValue ? note + " as NOT NULL without a default; fails if the table has rows" : note);
    }

    @Override
    public List<String> visitDropColumn(DropColumnOp op) {
        return List.of("drops column " + op.table() + "." + op.column().name() + " and all its values");
    }

    @Override
    public List<String> visitAlterColumn(AlterColumnOp op) {
        String column = op.table() + "." + op.column();
        List<String> notes = new ArrayList<>();
        ColumnState from = op.from();
        ColumnState to = op.to();
        // the type change alone, as the dialect the plan is for classed it (else by core's portable rule)
        if ((op.typeChanged() || op.mapping() != null) && op.typeSafety() != Safety.SAFE) {
            String note = op.conversion() == null ? null : op.conversion().note();
            String change = op.typeChanged()
                    ? "changes " + column + " from " + from.type() + " to " + to.type()
                    : "changes the values of " + column;
            notes.add(note == null ? typeNote(column, from.type(), to.type()) : change + ": " + note);
        }
        if (op.nullableChanged() && !to.nullable()) {
            notes.add("makes " + column + " NOT NULL; fails if it holds NULL values");
        }
        if (notes.isEmpty()) {
            notes.add("changes " + column + " from " + from + " to " + to + "; depends on existing data");
        }
        return notes;
    }

    private static String typeNote(String column, ColumnType a, ColumnType b) {
        String change = column + " from " + a + " to " + b;
        if (a.kind() == b.kind() && a.kind().hasLength()) {
            return "narrows " + change + "; fails or truncates if longer values exist";
        }
        if (a.kind() == b.kind() && a.kind() != TypeKind.RAW) {
            return "narrows " + change + "; fails or rounds values that do not fit";
        }
        if (INTEGERS.contains(a.kind()) && INTEGERS.contains(b.kind())) {
            return "narrows " + change + "; fails if values are out of range";
        }
        return "changes the type of " + change + "; fails if existing values do not convert";
    }

    @Override
    public List<String> visitCreateIndex(CreateIndexOp op) {
        String note = "creates " + (op.index().unique() ? "unique index " : "index ")
                + op.index().name() + " on " + op.table() + columns(op.index().columns());
        return List.of(op.index().unique() ? note + "; fails if duplicate values exist" : note);
    }

    @Override
    public List<String> visitDropIndex(DropIndexOp op) {
        return List.of("drops index " + op.index().name() + " on " + op.table());
    }

    @Override
    public List<String> visitAddUnique(AddUniqueOp op) {
        return List.of("adds " + constraint("unique constraint", op.constraint().name()) + " on " + op.table()
                + columns(op.constraint().columns()) + "; fails if duplicate values exist");
    }

    @Override
    public List<String> visitDropUnique(DropUniqueOp op) {
        return List.of(
                "drops " + constraint("unique constraint", op.constraint().name()) + " on " + op.table());
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKeyOp op) {
        var fk = op.foreignKey();
        return List.of("adds " + constraint("foreign key", fk.name()) + " on " + op.table() + columns(fk.columns())
                + " referencing " + fk.referencedTable() + columns(fk.referencedColumns())
                + "; fails if rows reference missing keys");
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKeyOp op) {
        return List.of("drops " + constraint("foreign key", op.foreignKey().name()) + " on " + op.table());
    }

    private static String constraint(String what, String name) {
        return name == null ? "an unnamed " + what : what + " " + name;
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    @Override
    public List<String> visitAddCheck(AddCheckOp op) {
        return List.of("adds check constraint "
                + (op.check().name() == null ? "" : op.check().name() + " ") + "on " + op.table() + " ("
                + op.check().expression() + "); fails if existing rows break it");
    }

    @Override
    public List<String> visitDropCheck(DropCheckOp op) {
        return List.of("drops check constraint on " + op.table());
    }

    @Override
    public List<String> visitCreateSequence(CreateSequenceOp op) {
        return List.of("creates sequence " + op.sequence().name());
    }

    @Override
    public List<String> visitDropSequence(DropSequenceOp op) {
        return List.of("drops sequence " + op.sequence().name() + " and its current value");
    }

    @Override
    public List<String> visitAlterSequence(AlterSequenceOp op) {
        return List.of("alters sequence " + op.to().name());
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableCommentOp op) {
        return List.of("changes the comment of " + op.table());
    }

    @Override
    public List<String> visitRenameTable(RenameTableOp op) {
        return List.of("renames table " + op.from() + " to " + op.to());
    }

    @Override
    public List<String> visitRenameColumn(RenameColumnOp op) {
        return List.of("renames column " + op.table() + "." + op.from() + " to " + op.to());
    }
}
