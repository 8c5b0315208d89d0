package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ColumnType;
import java.util.Locale;

/** A dialect for pure tests: case-insensitive names, types compared as written, defaults as they are. */
public final class PlainDialect implements SchemaDialect {

    public static final PlainDialect INSTANCE = new PlainDialect();

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String foldIdentifier(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameKey(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    public String canonicalType(ColumnType type) {
        return type.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String normalizeDefault(String expression) {
        return expression;
    }

    @Override
    public ColumnType parseType(String sqlType) {
        return ColumnType.raw(sqlType);
    }
}
