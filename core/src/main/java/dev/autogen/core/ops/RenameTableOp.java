package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code rename_table} operation: keeps every row. */
public record RenameTableOp(String from, String to) implements Operation {

    public RenameTableOp {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String table() {
        return from;
    }

    @Override
    public Operation reverse() {
        return new RenameTableOp(to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "rename_table";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
