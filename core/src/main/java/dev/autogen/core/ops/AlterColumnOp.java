package dev.autogen.core.ops;

import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code alter_column} operation: changes type, nullability, server default, comment and/or identity, keeping both
 * states so the reverse restores exactly the old one.
 */
public record AlterColumnOp(String table, String column, ColumnState from, ColumnState to) implements Operation {

    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

    public AlterColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullableChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !Objects.equals(from.serverDefault(), to.serverDefault());
    }

    public boolean commentChanged() {
        return !Objects.equals(from.comment(), to.comment());
    }

    /** Whether the column starts or stops being an identity. */
    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    @Override
    public Operation reverse() {
        return new AlterColumnOp(table, column, to, from);
    }

    /**
     * Setting NOT NULL or changing the type to one that is not clearly wider depends on the data. Widening a length,
     * precision or integer size is safe.
     */
    @Override
    public Safety safety() {
        if (nullableChanged() && !to.nullable()) {
            return Safety.DATA_DEPENDENT;
        }
        if (typeChanged() && !widens(from.type(), to.type())) {
            return Safety.DATA_DEPENDENT;
        }
        return Safety.SAFE;
    }

    static boolean widens(ColumnType a, ColumnType b) {
        if (a.kind() == b.kind() && a.kind() != TypeKind.RAW) {
            return atLeast(b.length(), a.length()) && atLeast(b.precision(), a.precision()) && atLeast(b.scale(), a.scale())
                    && (a.precision() == null || b.precision() == null || a.scale() == null || b.scale() == null
                            || b.precision() - b.scale() >= a.precision() - a.scale());
        }
        if (INTEGERS.contains(a.kind()) && INTEGERS.contains(b.kind())) {
            return b.kind().ordinal() >= a.kind().ordinal();
        }
        boolean toText = b.kind() == TypeKind.TEXT || b.kind() == TypeKind.CLOB;
        boolean fromChars = a.kind() == TypeKind.VARCHAR || a.kind() == TypeKind.CHAR || a.kind() == TypeKind.TEXT;
        return toText && fromChars;
    }

    private static boolean atLeast(Integer newer, Integer older) {
        return older == null || newer == null || newer >= older;
    }

    @Override
    public String kind() {
        return "alter_column";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
