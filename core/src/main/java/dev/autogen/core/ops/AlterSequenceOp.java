package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code alter_sequence} operation: changes start and increment. */
public record AlterSequenceOp(Sequence from, Sequence to) implements Operation {

    public AlterSequenceOp {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String table() {
        return to.name();
    }

    @Override
    public Operation reverse() {
        return new AlterSequenceOp(to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "alter_sequence";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
