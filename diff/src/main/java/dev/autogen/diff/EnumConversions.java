package dev.autogen.diff;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.ConversionClass;
import dev.autogen.core.ops.ValueMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the stored values of an enum column convert when its mapping changes, through the Java enum's constants (which
 * the entity side's type carries, {@link ColumnType#values}): by name to ordinal ({@code 'A'} to 0), ordinal to name,
 * or from one list of names to another. A cast would convert by the database's own rule instead (MariaDB turns
 * {@code enum('A','B')} into 1 and 2, which Hibernate reads as the second and third constant).
 *
 * <p>Ordinals are read as ordinals of the enum as it is now: what stored ordinals meant before the enum's constants
 * were reordered is nowhere in the database, so a reordering cannot be detected or undone.
 */
final class EnumConversions {

    private static final Set<TypeKind> INTEGERS =
            Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);
    private static final Set<TypeKind> NAMES =
            Set.of(TypeKind.ENUM, TypeKind.VARCHAR, TypeKind.CHAR, TypeKind.NVARCHAR, TypeKind.NCHAR, TypeKind.TEXT);

    private EnumConversions() {}

    /**
     * The mapping from {@code from} to {@code to}, or null when values convert as they are (or nothing says how).
     *
     * @param maxOrdinal the largest ordinal the old column's check allows, or null when unknown: ordinals past the
     *     constants are lost
     */
    static ValueMapping mapping(ColumnType from, ColumnType to, Long maxOrdinal) {
        List<String> fromValues = new ArrayList<>();
        List<String> toValues = new ArrayList<>();
        if (byOrdinal(to) && byName(from) && !to.values().isEmpty()) {
            List<String> constants = to.values();
            for (int i = 0; i < constants.size(); i++) {
                fromValues.add(literal(constants.get(i)));
                toValues.add(Integer.toString(i));
            }
            lose(from, constants, fromValues, toValues);
        } else if (byName(to)
                && byOrdinal(from)
                && !(to.values().isEmpty() && from.values().isEmpty())) {
            List<String> constants = !to.values().isEmpty() ? to.values() : from.values();
            for (int i = 0; i < constants.size(); i++) {
                fromValues.add(Integer.toString(i));
                toValues.add(literal(constants.get(i)));
            }
            for (long i = constants.size(); maxOrdinal != null && i <= maxOrdinal; i++) {
                fromValues.add(Long.toString(i));
                toValues.add("NULL");
            }
        } else if (byName(to)
                && byName(from)
                && from.kind() == TypeKind.ENUM
                && !to.values().isEmpty()
                && !to.values().containsAll(from.values())) {
            for (String value : to.values()) {
                if (from.values().contains(value)) {
                    fromValues.add(literal(value));
                    toValues.add(literal(value));
                }
            }
            lose(from, to.values(), fromValues, toValues);
        }
        return fromValues.isEmpty() ? null : new ValueMapping(fromValues, toValues);
    }

    /**
     * What the mapping does: loses the values it maps to NULL; keeps every value where the old type or its check says
     * which values exist (a native enum's list, the entity's constants, a value list or ordinal range checked);
     * otherwise fails for values it does not list.
     */
    static ConversionClass classify(ValueMapping mapping, ColumnType from, boolean nullable, boolean knownValues) {
        List<String> lost = mapping.lost();
        if (!lost.isEmpty()) {
            return ConversionClass.changes("rows holding " + String.join(", ", lost)
                    + " lose the value (no enum constant" + " has it now; set to NULL"
                    + (nullable ? ")" : ", which fails as the column is NOT NULL)"));
        }
        if (knownValues || from.kind() == TypeKind.ENUM || !from.values().isEmpty()) {
            return ConversionClass.SAFE;
        }
        return ConversionClass.failsIf("converts each stored value through the enum's constants ("
                + String.join(", ", mapping.from()) + "); fails for any other stored value");
    }

    private static void lose(ColumnType from, List<String> kept, List<String> fromValues, List<String> toValues) {
        if (from.kind() == TypeKind.ENUM) {
            for (String value : from.values()) {
                if (!kept.contains(value)) {
                    fromValues.add(literal(value));
                    toValues.add("NULL");
                }
            }
        }
    }

    private static boolean byOrdinal(ColumnType t) {
        return INTEGERS.contains(t.kind());
    }

    private static boolean byName(ColumnType t) {
        return NAMES.contains(t.kind());
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
