package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_foreign_key} operation. */
public record DropForeignKeyOp(String table, ForeignKey foreignKey) implements Operation {

    public DropForeignKeyOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Operation reverse() {
        return new AddForeignKeyOp(table, foreignKey);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "drop_foreign_key";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
