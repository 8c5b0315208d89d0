package dev.autogen.core.model;

import java.util.Objects;

/**
 * A table's or sequence's name as operations carry it: {@code orders} in the schema the migration runs in, or
 * {@code sales.orders}, the table {@code orders} of schema {@code sales} (on MariaDB and MySQL: database
 * {@code sales}). Comparing with {@code --all-schemas} writes the second form for tables outside the default schema.
 * The first dot separates the parts, so a name with a dot in it is always schema-qualified.
 *
 * @param schema the schema, or null for the one the migration runs in
 * @param name the name within the schema
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    /** {@code sales.orders} as schema {@code sales} and name {@code orders}; {@code orders} with no schema. */
    public static QualifiedName parse(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            return new QualifiedName(null, qualified);
        }
        return new QualifiedName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** {@code name} in {@code schema}, or just {@code name} when the schema is null. */
    public static String of(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** {@code name} with each of its parts through {@code part}: {@code Sales.Orders} to {@code sales.orders}. */
    public static String mapParts(String name, java.util.function.UnaryOperator<String> part) {
        if (name.indexOf('.') < 0) {
            return part.apply(name); // the usual case, on the diff's hot path: nothing to split
        }
        QualifiedName parsed = parse(name);
        return of(parsed.schema() == null ? null : part.apply(parsed.schema()), part.apply(parsed.name()));
    }

    /** The name within its schema: {@code orders} for {@code sales.orders}. */
    public static String unqualified(String qualified) {
        return parse(qualified).name();
    }

    @Override
    public String toString() {
        return of(schema, name);
    }
}
