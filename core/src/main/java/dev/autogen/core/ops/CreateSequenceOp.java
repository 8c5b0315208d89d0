package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code create_sequence} operation. */
public record CreateSequenceOp(Sequence sequence) implements Operation {

    public CreateSequenceOp {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public String table() {
        return sequence.name();
    }

    @Override
    public Operation reverse() {
        return new DropSequenceOp(sequence);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "create_sequence";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
