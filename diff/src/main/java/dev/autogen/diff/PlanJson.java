package dev.autogen.diff;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
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
import java.util.List;

/**
 * The plan as JSON: {@code {"operations":[{"op":"add_column","table":"users",...}],"destructive":false}}. Each
 * operation has {@code op}, {@code table} and {@code safety}, plus the fields of its kind.
 */
public final class PlanJson implements OperationVisitor<String> {

    public static String render(MigrationPlan plan) {
        PlanJson json = new PlanJson();
        StringBuilder out = new StringBuilder("{\"operations\":[");
        List<Operation> ops = plan.operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"op\":")
                    .append(str(op.kind()))
                    .append(",\"table\":")
                    .append(str(op.table()))
                    .append(",\"safety\":")
                    .append(str(op.safety().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(op.accept(json))
                    .append('}');
        }
        return out.append("],\"destructive\":")
                .append(plan.destructive())
                .append('}')
                .toString();
    }

    /**
     * The plan, plus {@code "possible_renames":[{"table":"users","column":"name","to":"full_name",
     * "rename":"users.name=full_name"}]} when there are any ({@code "column":null} for a table).
     */
    public static String render(MigrationPlan plan, List<dev.autogen.diff.rename.Rename> possibleRenames) {
        String json = render(plan);
        if (possibleRenames.isEmpty()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.substring(0, json.length() - 1)).append(",\"possible_renames\":[");
        for (int i = 0; i < possibleRenames.size(); i++) {
            dev.autogen.diff.rename.Rename r = possibleRenames.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"table\":")
                    .append(str(r.table()))
                    .append(",\"column\":")
                    .append(str(r.column()))
                    .append(",\"to\":")
                    .append(str(r.to()))
                    .append(",\"rename\":")
                    .append(str(r.spec()))
                    .append('}');
        }
        return out.append("]}").toString();
    }

    @Override
    public String visitCreateTable(CreateTableOp op) {
        String out = ",\"columns\":" + columns(op.definition().columns());
        if (op.definition().initialRows() != null) {
            // each row as its SQL literals (a quoted string, a whole number or null), in the order of these columns
            out += ",\"initial_rows\":{\"columns\":"
                    + strings(op.definition().initialRows().columns()) + ",\"rows\":["
                    + String.join(
                            ",",
                            op.definition().initialRows().rows().stream()
                                    .map(PlanJson::strings)
                                    .toList()) + "]}";
        }
        return out;
    }

    @Override
    public String visitDropTable(DropTableOp op) {
        return ",\"columns\":" + columns(op.definition().columns());
    }

    @Override
    public String visitAddColumn(AddColumnOp op) {
        return column(op.column());
    }

    @Override
    public String visitDropColumn(DropColumnOp op) {
        return column(op.column());
    }

    @Override
    public String visitAlterColumn(AlterColumnOp op) {
        String json = ",\"column\":" + str(op.column()) + ",\"from\":" + state(op.from()) + ",\"to\":" + state(op.to());
        if (op.mapping() != null) {
            // each stored value (a SQL literal) and the one it becomes; NULL where it has none
            json += ",\"values\":{\"from\":" + strings(op.mapping().from()) + ",\"to\":"
                    + strings(op.mapping().to()) + "}";
        }
        return json;
    }

    @Override
    public String visitCreateIndex(CreateIndexOp op) {
        return ",\"name\":" + str(op.index().name()) + ",\"columns\":"
                + strings(op.index().columns()) + ",\"unique\":" + op.index().unique();
    }

    @Override
    public String visitDropIndex(DropIndexOp op) {
        return visitCreateIndex(new CreateIndexOp(op.table(), op.index()));
    }

    @Override
    public String visitAddUnique(AddUniqueOp op) {
        return ",\"name\":" + str(op.constraint().name()) + ",\"columns\":"
                + strings(op.constraint().columns());
    }

    @Override
    public String visitDropUnique(DropUniqueOp op) {
        return visitAddUnique(new AddUniqueOp(op.table(), op.constraint()));
    }

    @Override
    public String visitAddForeignKey(AddForeignKeyOp op) {
        ForeignKey fk = op.foreignKey();
        return ",\"name\":" + str(fk.name()) + ",\"columns\":" + strings(fk.columns()) + ",\"referenced_table\":"
                + str(fk.referencedTable()) + ",\"referenced_columns\":" + strings(fk.referencedColumns())
                + ",\"on_delete\":" + str(fk.onDelete().sql()) + ",\"on_update\":"
                + str(fk.onUpdate().sql());
    }

    @Override
    public String visitDropForeignKey(DropForeignKeyOp op) {
        return visitAddForeignKey(new AddForeignKeyOp(op.table(), op.foreignKey()));
    }

    @Override
    public String visitAddCheck(AddCheckOp op) {
        return ",\"name\":" + str(op.check().name()) + ",\"expression\":"
                + str(op.check().expression());
    }

    @Override
    public String visitDropCheck(DropCheckOp op) {
        return visitAddCheck(new AddCheckOp(op.table(), op.check()));
    }

    @Override
    public String visitCreateSequence(CreateSequenceOp op) {
        return sequence(op.sequence());
    }

    @Override
    public String visitDropSequence(DropSequenceOp op) {
        return sequence(op.sequence());
    }

    @Override
    public String visitAlterSequence(AlterSequenceOp op) {
        return ",\"sequence\":" + str(op.to().name()) + ",\"from\":{\"start\":"
                + op.from().start() + ",\"increment\":" + op.from().increment() + "},\"to\":{\"start\":"
                + op.to().start() + ",\"increment\":" + op.to().increment() + "}";
    }

    @Override
    public String visitAlterTableComment(AlterTableCommentOp op) {
        return ",\"from\":" + str(op.from()) + ",\"to\":" + str(op.to());
    }

    @Override
    public String visitRenameTable(RenameTableOp op) {
        return ",\"from\":" + str(op.from()) + ",\"to\":" + str(op.to());
    }

    @Override
    public String visitRenameColumn(RenameColumnOp op) {
        return ",\"from\":" + str(op.from()) + ",\"to\":" + str(op.to());
    }

    private static String sequence(dev.autogen.core.model.Sequence s) {
        return ",\"sequence\":" + str(s.name()) + ",\"start\":" + s.start() + ",\"increment\":" + s.increment();
    }

    private static String column(Column c) {
        return ",\"column\":" + str(c.name()) + ",\"type\":" + str(c.type().toString()) + ",\"nullable\":"
                + c.nullable() + ",\"default\":" + str(c.serverDefault());
    }

    private static String columns(List<Column> columns) {
        return strings(columns.stream().map(Column::name).toList());
    }

    private static String state(ColumnState s) {
        return "{\"type\":" + str(s.type().toString()) + ",\"nullable\":" + s.nullable() + ",\"default\":"
                + str(s.serverDefault()) + ",\"comment\":" + str(s.comment()) + ",\"identity\":" + s.identity() + "}";
    }

    private static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(str(values.get(i)));
        }
        return out.append(']').toString();
    }

    /** A JSON string literal, or {@code null}. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
