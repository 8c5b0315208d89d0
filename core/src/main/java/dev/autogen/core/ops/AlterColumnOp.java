package dev.autogen.core.ops;

import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code alter_column} operation: changes type, nullability, server default, comment and/or identity, keeping both
 * states so the reverse restores exactly the old one.
 *
 * @param conversion what the type change does to stored values, as the dialect says, and how an enum's values map;
 *     null when not known (the portable rule of {@link #safety()} then applies and values convert by cast)
 */
public record AlterColumnOp(String table, String column, ColumnState from, ColumnState to, Conversion conversion)
        implements Operation {

    private static final Set<TypeKind> INTEGERS =
            Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

    public AlterColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** An alter whose stored values convert by the database's cast, classed by the portable rule. */
    public AlterColumnOp(String table, String column, ColumnState from, ColumnState to) {
        this(table, column, from, to, null);
    }

    /** How stored values map, or null when they convert by cast. */
    public ValueMapping mapping() {
        return conversion == null ? null : conversion.mapping();
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
        return new AlterColumnOp(table, column, to, from, conversion == null ? null : conversion.reverse());
    }

    /**
     * The worse of the type change's class and the nullability's: setting NOT NULL depends on the data. The type
     * change is classed by the dialect the operation was planned for ({@link #conversion}); without one, by the
     * portable rule ({@link #typeSafety()}).
     */
    @Override
    public Safety safety() {
        Safety type = typeChanged() || mapping() != null ? typeSafety() : Safety.SAFE;
        if (nullableChanged() && !to.nullable() && type == Safety.SAFE) {
            return Safety.DATA_DEPENDENT;
        }
        return type;
    }

    /**
     * What the type change alone does to stored values: the dialect's class where known; else widening a length,
     * precision or integer size, adding enum values or turning characters into text is safe, and any other change
     * depends on the data.
     */
    public Safety typeSafety() {
        if (conversion != null && conversion.safety() != null) {
            return conversion.safety();
        }
        return widens(from.type(), to.type()) ? Safety.SAFE : Safety.DATA_DEPENDENT;
    }

    /** Whether every value of type {@code a} is a value of type {@code b}, by the portable rule. */
    public static boolean widens(ColumnType a, ColumnType b) {
        if (a.kind() == TypeKind.ENUM && b.kind() == TypeKind.ENUM) {
            return b.values().containsAll(a.values());
        }
        if (a.kind() == b.kind() && a.kind() != TypeKind.RAW) {
            return atLeast(b.length(), a.length())
                    && atLeast(b.precision(), a.precision())
                    && atLeast(b.scale(), a.scale())
                    && (a.precision() == null
                            || b.precision() == null
                            || a.scale() == null
                            || b.scale() == null
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
