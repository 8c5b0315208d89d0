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
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as JSON: {@code {"operations":[{"op":"add_column","table":"users",...}],"destructive":false}}. Each
 * operation has {@code op}, {@code table} and {@code safety}, plus the fields of its kind. Built with Jackson; each
 * visit returns the fields of its kind.
 */
public final class PlanJson implements OperationVisitor<ObjectNode> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The mapper, made when JSON is first written. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    public static String render(MigrationPlan plan) {
        return Json.MAPPER.writeValueAsString(tree(plan, List.of()));
    }

    /**
     * The plan, plus {@code "possible_renames":[{"table":"users","column":"name","to":"full_name",
     * "rename":"users.name=full_name"}]} when there are any ({@code "column":null} for a table).
     */
    public static String render(MigrationPlan plan, List<dev.autogen.diff.rename.Rename> possibleRenames) {
        return Json.MAPPER.writeValueAsString(tree(plan, possibleRenames));
    }

    /** The plan (and the possible renames, when there are any) as a JSON tree. */
    public static ObjectNode tree(MigrationPlan plan, List<dev.autogen.diff.rename.Rename> possibleRenames) {
        PlanJson json = new PlanJson();
        ObjectNode out = NODES.objectNode();
        ArrayNode ops = out.putArray("operations");
        for (Operation op : plan.operations()) {
            ObjectNode o = ops.addObject();
            o.put("op", op.kind());
            o.put("table", op.table());
            o.put("safety", op.safety().name().toLowerCase(Locale.ROOT));
            o.setAll(op.accept(json));
        }
        out.put("destructive", plan.destructive());
        if (!possibleRenames.isEmpty()) {
            ArrayNode renames = out.putArray("possible_renames");
            for (dev.autogen.diff.rename.Rename r : possibleRenames) {
                ObjectNode o = renames.addObject();
                o.put("table", r.table());
                o.put("column", r.column());
                o.put("to", r.to());
                o.put("rename", r.spec());
            }
        }
        return out;
    }

    @Override
    public ObjectNode visitCreateTable(CreateTableOp op) {
        ObjectNode out = NODES.objectNode();
        out.set("columns", columns(op.definition().columns()));
        if (op.definition().initialRows() != null) {
            // each row as its SQL literals (a quoted string, a whole number or null), in the order of these columns
            ObjectNode rows = out.putObject("initial_rows");
            rows.set("columns", strings(op.definition().initialRows().columns()));
            ArrayNode each = rows.putArray("rows");
            op.definition().initialRows().rows().forEach(row -> each.add(strings(row)));
        }
        return out;
    }

    @Override
    public ObjectNode visitDropTable(DropTableOp op) {
        ObjectNode out = NODES.objectNode();
        out.set("columns", columns(op.definition().columns()));
        return out;
    }

    @Override
    public ObjectNode visitAddColumn(AddColumnOp op) {
        return column(op.column());
    }

    @Override
    public ObjectNode visitDropColumn(DropColumnOp op) {
        return column(op.column());
    }

    @Override
    public ObjectNode visitAlterColumn(AlterColumnOp op) {
        ObjectNode out = NODES.objectNode();
        out.put("column", op.column());
        out.set("from", state(op.from()));
        out.set("to", state(op.to()));
        if (op.mapping() != null) {
            // each stored value (a SQL literal) and the one it becomes; NULL where it has none
            ObjectNode values = out.putObject("values");
            values.set("from", strings(op.mapping().from()));
            values.set("to", strings(op.mapping().to()));
        }
        return out;
    }

    @Override
    public ObjectNode visitCreateIndex(CreateIndexOp op) {
        ObjectNode out = NODES.objectNode();
        out.put("name", op.index().name());
        out.set("columns", strings(op.index().columns()));
        out.put("unique", op.index().unique());
        return out;
    }

    @Override
    public ObjectNode visitDropIndex(DropIndexOp op) {
        return visitCreateIndex(new CreateIndexOp(op.table(), op.index()));
    }

    @Override
    public ObjectNode visitAddUnique(AddUniqueOp op) {
        ObjectNode out = NODES.objectNode();
        out.put("name", op.constraint().name());
        out.set("columns", strings(op.constraint().columns()));
        return out;
    }

    @Override
    public ObjectNode visitDropUnique(DropUniqueOp op) {
        return visitAddUnique(new AddUniqueOp(op.table(), op.constraint()));
    }

    @Override
    public ObjectNode visitAddForeignKey(AddForeignKeyOp op) {
        ForeignKey fk = op.foreignKey();
        ObjectNode out = NODES.objectNode();
        out.put("name", fk.name());
        out.set("columns", strings(fk.columns()));
        out.put("referenced_table", fk.referencedTable());
        out.set("referenced_columns", strings(fk.referencedColumns()));
        out.put("on_delete", fk.onDelete().sql());
        out.put("on_update", fk.onUpdate().sql());
        return out;
    }

    @Override
    public ObjectNode visitDropForeignKey(DropForeignKeyOp op) {
        return visitAddForeignKey(new AddForeignKeyOp(op.table(), op.foreignKey()));
    }

    @Override
    public ObjectNode visitAddCheck(AddCheckOp op) {
        ObjectNode out = NODES.objectNode();
        out.put("name", op.check().name());
        out.put("expression", op.check().expression());
        return out;
    }

    @Override
    public ObjectNode visitDropCheck(DropCheckOp op) {
        return visitAddCheck(new AddCheckOp(op.table(), op.check()));
    }

    @Override
    public ObjectNode visitCreateSequence(CreateSequenceOp op) {
        return sequence(op.sequence());
    }

    @Override
    public ObjectNode visitDropSequence(DropSequenceOp op) {
        return sequence(op.sequence());
    }

    @Override
    public ObjectNode visitAlterSequence(AlterSequenceOp op) {
        ObjectNode out = NODES.objectNode();
        out.put("sequence", op.to().name());
        out.putObject("from")
                .put("start", op.from().start())
                .put("increment", op.from().increment());
        out.putObject("to")
                .put("start", op.to().start())
                .put("increment", op.to().increment());
        return out;
    }

    @Override
    public ObjectNode visitAlterTableComment(AlterTableCommentOp op) {
        return fromTo(op.from(), op.to());
    }

    @Override
    public ObjectNode visitRenameTable(RenameTableOp op) {
        return fromTo(op.from(), op.to());
    }

    @Override
    public ObjectNode visitRenameColumn(RenameColumnOp op) {
        return fromTo(op.from(), op.to());
    }

    private static ObjectNode fromTo(String from, String to) {
        return NODES.objectNode().put("from", from).put("to", to);
    }

    private static ObjectNode sequence(dev.autogen.core.model.Sequence s) {
        return NODES.objectNode()
                .put("sequence", s.name())
                .put("start", s.start())
                .put("increment", s.increment());
    }

    private static ObjectNode column(Column c) {
        return NODES.objectNode()
                .put("column", c.name())
                .put("type", c.type().toString())
                .put("nullable", c.nullable())
                .put("default", c.serverDefault());
    }

    private static ArrayNode columns(List<Column> columns) {
        return strings(columns.stream().map(Column::name).toList());
    }

    private static ObjectNode state(ColumnState s) {
        return NODES.objectNode()
                .put("type", s.type().toString())
                .put("nullable", s.nullable())
                .put("default", s.serverDefault())
                .put("comment", s.comment())
                .put("identity", s.identity());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = NODES.arrayNode();
        values.forEach(out::add);
        return out;
    }

    /** A JSON string literal, or {@code null}. */
    static String str(String s) {
        return Json.MAPPER.writeValueAsString(s);
    }
}
