package dev.autogen.core.dialect;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;

/**
 * The questions generic code (readers, the diff) asks a database dialect. It never asks which database it is.
 */
public interface SchemaDialect {

    /** A short lowercase name: {@code postgresql}, {@code sqlite}, {@code mariadb}, {@code h2}. */
    String name();

    /** How the database stores an unquoted identifier: PostgreSQL folds to lower case, H2 to upper case. */
    String foldIdentifier(String identifier);

    /** The key under which two names are the same object: exact where the database is case sensitive. */
    String nameKey(String identifier);

    /**
     * The comparable form of a type: two types are the same column type on this database exactly when their
     * canonical forms are equal ({@code int8} and {@code bigint}, {@code character varying(255)} and
     * {@code VARCHAR(255)}).
     */
    String canonicalType(ColumnType type);

    /**
     * The comparable form of a column's type. A dialect whose identity columns have a type of their own (SQLite's
     * {@code integer} rowid alias, whatever the entity's type) says so here.
     */
    default String canonicalColumnType(Column column) {
        return canonicalType(column.type());
    }

    /**
     * The comparable form of a server default expression, or null for no default: {@code 'a'::character varying}
     * and {@code 'a'} compare equal.
     */
    String normalizeDefault(String expression);

    /** A portable type for type text the database reports or Hibernate renders; {@link ColumnType#raw} if none fits. */
    ColumnType parseType(String sqlType);
}
