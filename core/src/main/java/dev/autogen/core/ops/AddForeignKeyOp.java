package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code add_foreign_key} operation. */
public record AddForeignKeyOp(String table, ForeignKey foreignKey) implements Operation {

    public AddForeignKeyOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Operation reverse() {
        return new DropForeignKeyOp(table, foreignKey);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String kind() {
        return "add_foreign_key";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
