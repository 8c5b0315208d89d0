package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_sequence} operation: the sequence and its current value go; the reverse restarts it at its start value. */
public record DropSequenceOp(Sequence sequence) implements Operation {

    public DropSequenceOp {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public String table() {
        return sequence.name();
    }

    @Override
    public Operation reverse() {
        return new CreateSequenceOp(sequence);
    }

    @Override
    public Safety safety() {
        return Safety.DESTRUCTIVE;
    }

    @Override
    public String kind() {
        return "drop_sequence";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
