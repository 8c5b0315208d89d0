package dev.autogen.databases.h2;

import dev.autogen.core.ddl.EnumTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.sql.SqlText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2's spelling of types: the data type {@code INFORMATION_SCHEMA.COLUMNS} reports, with its size (lower case), to which
 * every alias H2 accepts is reduced, so that {@code varchar(255)} and {@code CHARACTER VARYING(255)}, {@code float(53)}
 * and {@code DOUBLE PRECISION}, or {@code decimal(10,2)} and {@code NUMERIC(10, 2)} compare equal.
 */
final class H2Types {

    /** H2's longest character and binary string: what {@code varchar} without a length means. */
    static final int MAX_STRING_LENGTH = 1_000_000_000;
    /** The precision H2 gives {@code numeric} without one. */
    static final int MAX_NUMERIC_PRECISION = 100_000;
    /** {@code <element type> array}, with an optional maximum cardinality ({@code integer array[10]}). */
    private static final Pattern ARRAY = Pattern.compile("(.+?) array( ?\\[\\d+\\])?");

    private H2Types() {}

    /** The canonical form of type text: {@code character varying(255)}, {@code enum('A','B')}, ... */
    static String canonical(String typeText) {
        List<String> enumValues = enumValues(typeText);
        if (enumValues != null) {
            return "enum(" + String.join(",", enumValues) + ")";
        }
        return canonicalText(SqlText.normalizeType(typeText));
    }

    /**
     * The canonical spelling of normalised type text (see {@link SqlText#normalizeType}); an array is its element
     * type's spelling followed by {@code array} ({@code char(1) array} is {@code character(1) array}); text of another
     * shape (intervals, geometries) stays as it is.
     */
    static String canonicalText(String normalized) {
        Matcher array = ARRAY.matcher(normalized);
        if (array.matches()) {
            return canonicalText(array.group(1)) + " array" + (array.group(2) == null ? "" : array.group(2));
        }
        SqlText.TypeText t = SqlText.parseType(normalized);
        if (t == null) {
            return normalized;
        }
        Integer a = t.first();
        Integer b = t.second();
        boolean noArgs = a == null;
        switch (t.words()) {
            case "tinyint":
                return noArgs ? "tinyint" : normalized;
            case "smallint", "int2":
                return noArgs ? "smallint" : normalized;
            case "int", "integer", "int4", "mediumint", "signed":
                return noArgs ? "integer" : normalized;
            case "bigint", "int8":
                return noArgs ? "bigint" : normalized;
            case "boolean", "bool", "bit":
                return noArgs ? "boolean" : normalized;
            case "real", "float4":
                return noArgs ? "real" : normalized;
            case "double precision", "double", "float8":
                return noArgs ? "double precision" : normalized;
            case "float":
                if (noArgs) {
                    return "double precision";
                }
                if (b == null && a >= 1 && a <= 24) {
                    return "real";
                }
                if (b == null && a >= 25 && a <= 53) {
                    return "double precision";
                }
                return normalized;
            case "numeric", "decimal", "dec":
                return noArgs
                        ? "numeric(" + MAX_NUMERIC_PRECISION + ",0)"
                        : "numeric(" + a + "," + (b == null ? 0 : b) + ")";
            // H2 2.x makes the MySQL text types variable-length strings, not large objects
            case "character varying",
                    "varchar",
                    "char varying",
                    "varchar2",
                    "nvarchar",
                    "nvarchar2",
                    "national character varying",
                    "national char varying",
                    "nchar varying",
                    "longvarchar",
                    "longnvarchar",
                    "tinytext",
                    "text",
                    "mediumtext",
                    "longtext",
                    "ntext":
                return b != null ? normalized : "character varying(" + (noArgs ? MAX_STRING_LENGTH : a) + ")";
            case "character", "char", "nchar", "national character", "national char":
                return b != null ? normalized : "character(" + (noArgs ? 1 : a) + ")";
            case "character large object",
                    "clob",
                    "char large object",
                    "national character large object",
                    "nchar large object",
                    "nclob":
                return b != null ? normalized : "character large object" + (noArgs ? "" : "(" + a + ")");
            case "binary large object", "blob", "tinyblob", "mediumblob", "longblob", "image":
                return b != null ? normalized : "binary large object" + (noArgs ? "" : "(" + a + ")");
            case "binary":
                return b != null ? normalized : "binary(" + (noArgs ? 1 : a) + ")";
            case "binary varying", "varbinary", "raw", "bytea", "longvarbinary":
                return b != null ? normalized : "binary varying(" + (noArgs ? MAX_STRING_LENGTH : a) + ")";
            case "varchar_ignorecase":
                return b != null ? normalized : "varchar_ignorecase(" + (noArgs ? MAX_STRING_LENGTH : a) + ")";
            case "json":
                return noArgs || a == MAX_STRING_LENGTH ? "json" : normalized;
            case "time", "time without time zone":
                return b != null ? normalized : "time(" + (noArgs ? 0 : a) + ")";
            case "time with time zone":
                return b != null ? normalized : "time(" + (noArgs ? 0 : a) + ") with time zone";
            case "timestamp", "timestamp without time zone", "datetime", "smalldatetime":
                return b != null ? normalized : "timestamp(" + (noArgs ? 6 : a) + ")";
            case "timestamp with time zone":
                return b != null ? normalized : "timestamp(" + (noArgs ? 6 : a) + ") with time zone";
            default:
                return normalized;
        }
    }

    /** The portable type whose canonical form is {@code canonical}, or null; DECIMAL when the text said decimal. */
    static ColumnType portable(String canonical, SqlText.TypeText original) {
        SqlText.TypeText t = SqlText.parseType(canonical);
        if (t == null) {
            return null;
        }
        Integer a = t.first();
        return switch (t.words()) {
            case "boolean" -> ColumnType.of(TypeKind.BOOLEAN);
            case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "integer" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "real" -> ColumnType.of(TypeKind.REAL);
            case "double precision" -> ColumnType.of(TypeKind.DOUBLE);
            case "numeric" ->
                a == null
                        ? null
                        : new ColumnType(
                                original != null && original.base().startsWith("dec")
                                        ? TypeKind.DECIMAL
                                        : TypeKind.NUMERIC,
                                null,
                                a,
                                t.second(),
                                null);
            case "character varying" -> a == null ? null : ColumnType.withLength(TypeKind.VARCHAR, a);
            case "character" -> a == null ? null : ColumnType.withLength(TypeKind.CHAR, a);
            case "character large object" -> a == null ? ColumnType.of(TypeKind.CLOB) : null;
            case "binary large object" -> a == null ? ColumnType.of(TypeKind.BLOB) : null;
            case "binary" -> a == null ? null : ColumnType.withLength(TypeKind.BINARY, a);
            case "binary varying" -> a == null ? null : ColumnType.withLength(TypeKind.VARBINARY, a);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> new ColumnType(TypeKind.TIME, null, a, null, null);
            case "time with time zone" -> new ColumnType(TypeKind.TIME_WITH_TIME_ZONE, null, a, null, null);
            case "timestamp" -> new ColumnType(TypeKind.TIMESTAMP, null, a, null, null);
            case "timestamp with time zone" -> new ColumnType(TypeKind.TIMESTAMP_WITH_TIME_ZONE, null, a, null, null);
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            default -> null;
        };
    }

    /** See {@link EnumTypes#quotedValues}. */
    static List<String> enumValues(String typeText) {
        return EnumTypes.quotedValues(typeText);
    }
}
