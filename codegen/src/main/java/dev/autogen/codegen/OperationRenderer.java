package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.core.model.Table;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders each operation as one call on the runtime's {@code Operations} facade, named {@code op}, for example
 * {@code op.addColumn("users", column("nickname", VARCHAR(64)));}, preceded by a warning comment line when the
 * operation is not safe for existing data. The code assumes the static imports of {@code dev.autogen.runtime.Schema.*}
 * and {@code dev.autogen.runtime.Types.*}, as the migration template declares them.
 */
public final class OperationRenderer implements OperationVisitor<CodeBlock> {

    /** The body of {@code upgrade} or {@code downgrade} for an empty plan. */
    public static final String NO_CHANGES = "// No changes.";

    private final Function<Operation, List<String>> notes;
    private final OnlineMarks.Method marks;
    private String receiver = "op";

    /** A renderer that writes the safety comments only. */
    public OperationRenderer() {
        this(op -> List.of());
    }

    /** A renderer that also writes {@code notes}' lines as comments above each operation, after its safety comment. */
    public OperationRenderer(Function<Operation, List<String>> notes) {
        this(notes, OnlineMarks.NONE.forMethod(MigrationPlan.empty()));
    }

    /** A renderer that also writes online forms and marks blocking changes as {@code marks} says. */
    OperationRenderer(Function<Operation, List<String>> notes, OnlineMarks.Method marks) {
        this.notes = notes;
        this.marks = marks;
    }

    /**
     * The statements of a plan, unindented, one operation after another, each ending with a line break. Multi-line
     * statements and commented ones are set off by blank lines. An empty plan gives {@value #NO_CHANGES}.
     */
    public CodeBlock render(MigrationPlan plan) {
        if (plan.isEmpty()) {
            return CodeBlock.of("$L\n", NO_CHANGES);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        boolean previousStandsOut = false;
        boolean first = true;
        for (Operation op : plan.operations()) {
            CodeBlock statement = render(op);
            boolean standsOut = statement.toString().strip().indexOf('\n') >= 0;
            if (!first && (standsOut || previousStandsOut)) {
                body.add("\n");
            }
            body.add(statement);
            previousStandsOut = standsOut;
            first = false;
        }
        return body.build();
    }

    /** One operation: its warning comments, if any, and the call, ending with a line break. */
    public CodeBlock render(Operation op) {
        CodeBlock.Builder b = CodeBlock.builder();
        for (String comment : SafetyNotes.commentsFor(op)) {
            b.add("// $L\n", Comments.line(comment));
        }
        for (String comment : notes.apply(op)) {
            b.add("// $L\n", Comments.line(comment));
        }
        for (String comment : marks.notes(op)) {
            b.add("// $L\n", Comments.line(comment));
        }
        receiver = marks.online(op) ? "op.online()" : "op";
        return b.add(op.accept(this)).build();
    }

    @Override
    public CodeBlock visitCreateTable(CreateTableOp op) {
        Table t = op.definition();
        List<Chain> elements = new ArrayList<>();
        t.columns().forEach(c -> elements.add(Specs.column(c)));
        if (t.primaryKey() != null) {
            elements.add(Specs.primaryKey(t.primaryKey()));
        }
        t.uniqueConstraints().forEach(u -> elements.add(Specs.unique(u)));
        t.foreignKeys().forEach(fk -> elements.add(Specs.foreignKey(fk)));
        t.checks().forEach(c -> elements.add(Specs.check(c)));
        t.indexes().forEach(i -> elements.add(Specs.index(i)));
        if (t.comment() != null) {
            elements.add(Chain.of(CodeBlock.of("tableComment($L)", Literals.of(t.comment()))));
        }
        if (t.initialRows() != null) {
            elements.add(Specs.rows(t.initialRows()));
        }
        return wrappedCall("createTable", names(t.name()), elements);
    }

    @Override
    public CodeBlock visitDropTable(DropTableOp op) {
        return call("dropTable", names(op.table()), List.of());
    }

    @Override
    public CodeBlock visitAddColumn(AddColumnOp op) {
        return call("addColumn", names(op.table()), List.of(Specs.column(op.column())));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumnOp op) {
        return call("dropColumn", names(op.table(), op.column().name()), List.of());
    }

    @Override
    public CodeBlock visitAlterColumn(AlterColumnOp op) {
        if (op.mapping() != null) {
            return call(
                    "alterColumn",
                    names(op.table(), op.column()),
                    List.of(
                            Specs.state("from", op.from()),
                            Specs.state("to", op.to()),
                            Chain.of(Specs.mapping(op.mapping()))));
        }
        return call(
                "alterColumn",
                names(op.table(), op.column()),
                List.of(Specs.state("from", op.from()), Specs.state("to", op.to())));
    }

    @Override
    public CodeBlock visitCreateIndex(CreateIndexOp op) {
        return call("createIndex", names(op.table()), List.of(Specs.index(op.index())));
    }

    @Override
    public CodeBlock visitDropIndex(DropIndexOp op) {
        return call("dropIndex", names(op.table(), op.index().name()), List.of());
    }

    @Override
    public CodeBlock visitAddUnique(AddUniqueOp op) {
        return call("createUniqueConstraint", names(op.table()), List.of(Specs.unique(op.constraint())));
    }

    @Override
    public CodeBlock visitDropUnique(DropUniqueOp op) {
        // A constraint the database named itself is dropped by its columns.
        return op.constraint().name() == null
                ? call("dropUniqueConstraint", names(op.table()), List.of(Specs.unique(op.constraint())))
                : call("dropUniqueConstraint", names(op.table(), op.constraint().name()), List.of());
    }

    @Override
    public CodeBlock visitAddForeignKey(AddForeignKeyOp op) {
        return call("createForeignKey", names(op.table()), List.of(Specs.foreignKey(op.foreignKey())));
    }

    @Override
    public CodeBlock visitDropForeignKey(DropForeignKeyOp op) {
        return op.foreignKey().name() == null
                ? call("dropForeignKey", names(op.table()), List.of(Specs.foreignKey(op.foreignKey())))
                : call("dropForeignKey", names(op.table(), op.foreignKey().name()), List.of());
    }

    private CodeBlock call(String method, List<CodeBlock> names, List<Chain> builders) {
        return Layout.call(receiver, method, names, builders, false);
    }

    private CodeBlock wrappedCall(String method, List<CodeBlock> names, List<Chain> builders) {
        return Layout.call(receiver, method, names, builders, true);
    }

    private static List<CodeBlock> names(String... names) {
        List<CodeBlock> out = new ArrayList<>();
        for (String name : names) {
            out.add(Literals.of(name));
        }
        return out;
    }

    @Override
    public CodeBlock visitAddCheck(AddCheckOp op) {
        return call("createCheckConstraint", names(op.table()), List.of(Specs.check(op.check())));
    }

    @Override
    public CodeBlock visitDropCheck(DropCheckOp op) {
        return op.check().name() == null
                ? call("dropCheckConstraint", names(op.table()), List.of(Specs.check(op.check())))
                : call("dropCheckConstraint", names(op.table(), op.check().name()), List.of());
    }

    @Override
    public CodeBlock visitCreateSequence(CreateSequenceOp op) {
        return call("createSequence", List.of(), List.of(Specs.sequence(op.sequence())));
    }

    @Override
    public CodeBlock visitDropSequence(DropSequenceOp op) {
        return call("dropSequence", names(op.sequence().name()), List.of());
    }

    @Override
    public CodeBlock visitAlterSequence(AlterSequenceOp op) {
        return call("alterSequence", List.of(), List.of(Specs.sequence(op.from()), Specs.sequence(op.to())));
    }

    @Override
    public CodeBlock visitAlterTableComment(AlterTableCommentOp op) {
        return call("setTableComment", List.of(Literals.of(op.table()), Literals.of(op.to())), List.of());
    }

    @Override
    public CodeBlock visitRenameTable(RenameTableOp op) {
        return call("renameTable", names(op.from(), op.to()), List.of());
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumnOp op) {
        return call("renameColumn", names(op.table(), op.from(), op.to()), List.of());
    }
}
