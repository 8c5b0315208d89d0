package dev.autogen.core.dialect;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.ops.ConversionClass;

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

    /**
     * {@link #normalizeDefault(String)} for a default on a column of this type, where the type changes what the database
     * stores (MariaDB stores {@code current_timestamp} on a {@code datetime(6)} as {@code current_timestamp(6)}).
     */
    default String normalizeDefault(String expression, ColumnType type) {
        return normalizeDefault(expression);
    }

    /**
     * The comparable form of a foreign key rule: two rules are the same on this database exactly when their canonical
     * forms are equal (MariaDB and MySQL treat {@code RESTRICT} as {@code NO ACTION}). By default every rule is its own.
     */
    default ReferentialAction canonicalAction(ReferentialAction action) {
        return action;
    }

    /** A portable type for type text the database reports or Hibernate renders; {@link ColumnType#raw} if none fits. */
    ColumnType parseType(String sqlType);

    /**
     * The comparable form of a check constraint's condition (or a generated column's expression): two conditions are
     * the same exactly when their forms are equal. Databases rewrite what they are given (PostgreSQL turns
     * {@code status in ('A','B')} into {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}),
     * so a dialect maps its rendering and Hibernate's text to one form. The default removes enclosing parentheses,
     * collapses white space and lower-cases everything outside quotes.
     */
    default String normalizeCheck(String expression) {
        return CheckText.simple(expression);
    }

    /**
     * A comment as the database stores it, to compare a comment read back with the one written: the same text by
     * default. MariaDB and MySQL keep comments in {@code utf8mb3}, and store each character beyond it (an emoji) as
     * {@code ?}. Null stays null.
     */
    default String storedComment(String comment) {
        return comment;
    }

    /** Whether two comments are the same once stored ({@link #storedComment}). */
    default boolean sameComment(String a, String b) {
        return java.util.Objects.equals(storedComment(a), storedComment(b));
    }

    /**
     * A condition the database printed ({@code ((status)::text = ANY ((ARRAY['A'::character varying])::text[]))},
     * {@code `type` = 'group'}) written as Hibernate writes conditions ({@code (status in ('A'))},
     * {@code (type = 'group')}): what a migration that re-creates a check from the catalog should say. The same
     * condition as far as {@link #normalizeCheck} can tell; the text unchanged where the dialect cannot say.
     */
    default String portableCheck(String expression) {
        return expression;
    }

    /**
     * Whether the database keeps table and column comments. Where it does not (SQLite), comments are neither read
     * from entities nor compared.
     */
    default boolean supportsComments() {
        return true;
    }

    /**
     * Whether a database holds several schemas that one connection can reach ({@code sales.orders}): PostgreSQL and
     * H2 schemas, MariaDB and MySQL databases. SQLite has one per database file.
     */
    default boolean supportsSchemas() {
        return true;
    }

    /**
     * Whether a column's identity (database-generated values) is a property of its own, compared and altered apart
     * from its type. On SQLite it is not: a single {@code INTEGER} primary key always is the rowid, so identity follows
     * from the type and the key, which are compared already.
     */
    default boolean comparesIdentity() {
        return true;
    }

    /**
     * What changing a column from type {@code from} to {@code to} does to its stored values on this database: kept,
     * fails for some, or changed without an error. By default as a database that converts by SQL cast
     * ({@link CastConversions}).
     */
    default ConversionClass classifyConversion(ColumnType from, ColumnType to) {
        return CastConversions.classify(from, to);
    }

    /**
     * The name under which this database stores the object {@code name} names: a quoted name's text ({@code `MixedCase`}
     * is {@code MixedCase}), an unquoted one as the database's unquoted SQL stores it. By default the text as written
     * (MariaDB, MySQL and SQLite keep an unquoted name's case). For one part of a name, not a qualified one.
     */
    default String storedName(String name) {
        return Identifiers.text(name);
    }

    /**
     * A name read from this database's catalog, written as the model writes names: marked quoted where an unquoted
     * name would be stored otherwise ({@code MixedCase} on PostgreSQL is {@code `MixedCase`}, which only quoted SQL
     * creates), else as stored. For one part of a name.
     */
    default String fromCatalog(String stored) {
        return stored == null || storedName(stored).equals(stored) ? stored : Identifiers.quoted(stored);
    }
}
