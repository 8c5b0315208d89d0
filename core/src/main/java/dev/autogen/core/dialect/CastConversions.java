package dev.autogen.core.dialect;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.ConversionClass;
import java.util.Set;

/**
 * What a type change does to stored values on a database that converts them by SQL cast when a column's type changes
 * (PostgreSQL, MariaDB and MySQL in strict mode, H2), measured on each (ConversionClassTest): a value that does not fit
 * a narrower length or range makes the statement fail, while fractions, decimal places, fractional seconds, the time
 * of day and time zones are rounded away or applied without an error. DECIMAL and NUMERIC are one type on all of
 * them.
 */
public final class CastConversions {

    private static final Set<TypeKind> INTEGERS =
            Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);
    private static final Set<TypeKind> FLOATS = Set.of(TypeKind.REAL, TypeKind.DOUBLE, TypeKind.FLOAT);
    private static final Set<TypeKind> TIMESTAMPS = Set.of(TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_WITH_TIME_ZONE);
    private static final Set<TypeKind> TIMES = Set.of(TypeKind.TIME, TypeKind.TIME_WITH_TIME_ZONE);

    private CastConversions() {}

    public static ConversionClass classify(ColumnType from, ColumnType to) {
        ColumnType a = exact(from);
        ColumnType b = exact(to);
        if (AlterColumnOp.widens(a, b)) {
            return ConversionClass.SAFE;
        }
        TypeKind x = a.kind();
        TypeKind y = b.kind();
        if (INTEGERS.contains(y) && (FLOATS.contains(x) || x == TypeKind.NUMERIC && scale(a) > 0)) {
            return ConversionClass.changes("rounds fractions to whole numbers (1.5 becomes 2)");
        }
        if (x == TypeKind.NUMERIC && y == TypeKind.NUMERIC && scale(b) < scale(a)) {
            return ConversionClass.changes("rounds values to " + scale(b) + " decimal places");
        }
        if (y == TypeKind.REAL && (x == TypeKind.DOUBLE || x == TypeKind.FLOAT || x == TypeKind.NUMERIC)
                || y == TypeKind.DOUBLE && x == TypeKind.NUMERIC) {
            return ConversionClass.changes("rounds values to the precision of " + to);
        }
        if (TIMESTAMPS.contains(x) && TIMESTAMPS.contains(y) && x != y) {
            return ConversionClass.changes(
                    y == TypeKind.TIMESTAMP
                            ? "drops the time zone: stored instants become local times of the session's time zone"
                            : "reads stored local times as times of the session's time zone");
        }
        if ((TIMESTAMPS.contains(x) || TIMES.contains(x)) && x == y && precision(b) < precision(a)) {
            return ConversionClass.changes("rounds or truncates fractional seconds to " + precision(b) + " digits");
        }
        if (TIMESTAMPS.contains(x) && y == TypeKind.DATE) {
            return ConversionClass.changes("drops the time of day");
        }
        if (TIMESTAMPS.contains(x) && TIMES.contains(y)) {
            return ConversionClass.changes("drops the date");
        }
        return ConversionClass.failsIf(failure(a, b));
    }

    /** Why the conversion can fail. */
    private static String failure(ColumnType a, ColumnType b) {
        if (a.kind() == b.kind() && a.kind().hasLength()) {
            return "fails if longer values exist";
        }
        if (a.kind() == b.kind() || INTEGERS.contains(a.kind()) && INTEGERS.contains(b.kind())) {
            return "fails if values are out of range";
        }
        return "fails if existing values do not convert";
    }

    /** NUMERIC for DECIMAL (one type on every supported database); the type itself otherwise. */
    static ColumnType exact(ColumnType t) {
        return t.kind() == TypeKind.DECIMAL
                ? new ColumnType(TypeKind.NUMERIC, t.length(), t.precision(), t.scale(), null)
                : t;
    }

    private static int scale(ColumnType t) {
        return t.scale() == null ? 0 : t.scale();
    }

    /** Fractional-second digits; 6 where the type leaves them out (the most any of the databases keeps). */
    private static int precision(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }
}
