package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_table} operation. */
public record DropTableOp(Table definition) implements Operation {

    public DropTableOp {
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String table() {
        return definition.name();
    }

    @Override
    public Operation reverse() {
        return new CreateTableOp(definition);
    }

    @Override
    public Safety safety() {
        return Safety.DESTRUCTIVE;
    }

    @Override
    public String kind() {
        return "drop_table";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
