package dev.autogen.introspect.entity;

import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;

/**
 * A Hibernate column's type as a core {@link ColumnType}: portable where the portable type renders on the target
 * dialect exactly as Hibernate renders the column, otherwise Hibernate's type text verbatim. The portable type comes
 * from the column's JDBC type code and size ({@link PortableTypes}), else from the dialect parsing Hibernate's text
 * (SQLite's identity clause turns {@code bigint} into {@code integer}). The type of a {@code columnDefinition} is always
 * kept verbatim, without the clauses that follow it ({@link ColumnDefinition}).
 */
final class ColumnTypes {

    private final HibernateBoot boot;
    private final Metadata metadata;
    private final Dialect hibernateDialect;
    private final SchemaDialect dialect;

    ColumnTypes(HibernateBoot boot, SchemaDialect dialect) {
        this.boot = boot;
        this.metadata = boot.metadata();
        this.hibernateDialect = boot.dialect();
        this.dialect = dialect;
    }

    /**
     * The column's type. For an identity column it is the entity's data type (BIGINT for a {@code Long} id) even
     * where the dialect's identity clause writes another (SQLite's {@code integer} rowid alias): the migration then
     * means the same on every database, and the dialect compares identity columns by its own rule.
     */
    ColumnType type(Column column) {
        String sqlType = column.getSqlType(metadata);
        if (boot.hasColumnDefinition(column)) {
            String definition = ColumnDefinition.parse(sqlType).type();
            // Hibernate's own tables (a sequence table's next_val bigint, a table generator's varchar(255)) name their
            // types as text too: portable where the dialect renders the portable type as exactly that text. Their
            // columns' values are Hibernate's plain Value (ColumnValue in 7.4, ExportableColumnHelper's in 7.2), where
            // every column an entity maps has a SimpleValue (basic, to-one, component, collection key)
            Optional<ColumnType> own =
                    column.getValue() != null && !(column.getValue() instanceof org.hibernate.mapping.SimpleValue)
                            ? parsed(definition)
                            : Optional.empty();
            return own.orElseGet(() -> ColumnType.raw(definition));
        }
        ColumnType type = portable(column)
                .filter(portable -> rendersAs(portable, sqlType))
                .or(() -> parsed(sqlType))
                .orElseGet(() -> ColumnType.raw(sqlType));
        List<String> constants = enumConstants(column);
        if (constants.isEmpty() || type.isRaw()) {
            return type;
        }
        if (type.kind() == TypeKind.ENUM) {
            // Hibernate lists a native enum's values sorted; the type keeps them in ordinal order, which renders the
            // same
            return new java.util.HashSet<>(constants).equals(new java.util.HashSet<>(type.values()))
                    ? type.withValues(constants)
                    : type;
        }
        return type.withValues(constants);
    }

    /**
     * The constants, in ordinal order, of the Java enum a column stores by name or ordinal, so that a change of
     * mapping can convert the stored values through them; empty for any other column.
     */
    private static List<String> enumConstants(Column column) {
        if (!(column.getValue() instanceof BasicValue basic) || basic.getColumnSpan() != 1) {
            return List.of();
        }
        try {
            Class<?> javaType = basic.resolve().getDomainJavaType().getJavaTypeClass();
            if (javaType == null || !javaType.isEnum()) {
                return List.of();
            }
            return Arrays.stream(javaType.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
        } catch (RuntimeException e) {
            return List.of(); // a value Hibernate cannot resolve on its own is no plain enum column
        }
    }

    private Optional<ColumnType> portable(Column column) {
        int code = column.getSqlTypeCode(metadata);
        Size size = column.getColumnSize(hibernateDialect, metadata);
        Integer length = hasLength(code) && size.getLength() != null ? Math.toIntExact(size.getLength()) : null;
        Integer precision = hasPrecision(code) ? size.getPrecision() : null;
        Integer scale = hasScale(code) ? size.getScale() : null;
        return PortableTypes.fromJdbcCode(code, length, precision, scale);
    }

    /** The dialect's portable reading of Hibernate's text, if it renders back as that text. */
    private Optional<ColumnType> parsed(String sqlType) {
        ColumnType parsed = dialect.parseType(sqlType);
        return parsed.isRaw() || !rendersAs(parsed, sqlType) ? Optional.empty() : Optional.of(parsed);
    }

    /**
     * Whether the portable type renders as Hibernate's text: exactly (ignoring case) with a runtime {@link
     * dev.autogen.core.database.Dialect}, else as the same canonical type.
     */
    private boolean rendersAs(ColumnType portable, String sqlType) {
        if (dialect instanceof dev.autogen.core.database.Dialect runtimeDialect) {
            return runtimeDialect.renderType(portable).trim().equalsIgnoreCase(sqlType.trim());
        }
        return dialect.canonicalType(portable).equals(dialect.canonicalType(ColumnType.raw(sqlType)));
    }

    private static boolean hasLength(int code) {
        return switch (code) {
            case PortableTypes.CHAR,
                    PortableTypes.NCHAR,
                    PortableTypes.VARCHAR,
                    PortableTypes.NVARCHAR,
                    PortableTypes.LONGVARCHAR,
                    PortableTypes.LONGNVARCHAR,
                    PortableTypes.BINARY,
                    PortableTypes.VARBINARY -> true;
            default -> false;
        };
    }

    private static boolean hasPrecision(int code) {
        return switch (code) {
            case PortableTypes.DECIMAL,
                    PortableTypes.NUMERIC,
                    PortableTypes.FLOAT,
                    PortableTypes.TIME,
                    PortableTypes.TIME_UTC,
                    PortableTypes.TIME_WITH_TIMEZONE,
                    PortableTypes.TIMESTAMP,
                    PortableTypes.TIMESTAMP_UTC,
                    PortableTypes.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> false;
        };
    }

    private static boolean hasScale(int code) {
        return code == PortableTypes.DECIMAL || code == PortableTypes.NUMERIC;
    }
}
