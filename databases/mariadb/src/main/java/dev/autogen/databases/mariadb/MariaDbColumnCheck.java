package dev.autogen.databases.mariadb;

import dev.autogen.core.sql.SqlLexer;
import java.util.Optional;

/**
 * A check MariaDB keeps in a column's definition (declared there without a name, as Hibernate declares its enum,
 * discriminator and column checks) cannot be dropped with {@code DROP CONSTRAINT}: the column is redefined without
 * it. The definition is taken from the server's own {@code SHOW CREATE TABLE}, so nothing else about the column
 * changes.
 */
final class MariaDbColumnCheck {

    private MariaDbColumnCheck() {}

    /**
     * The definition of {@code column} in {@code createTable} (the text of {@code SHOW CREATE TABLE}) without its
     * {@code CHECK (...)}: {@code `type` varchar(10) NOT NULL}; empty when the column or its check is not there.
     */
    static Optional<String> definitionWithoutCheck(String createTable, String column) {
        for (String line : createTable.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("`")) {
                continue;
            }
            int close = nameEnd(trimmed);
            if (close < 0 || !trimmed.substring(1, close).replace("``", "`").equalsIgnoreCase(column)) {
                continue;
            }
            String definition = trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            int check = checkStart(definition);
            return check < 0
                    ? Optional.empty()
                    : Optional.of(definition.substring(0, check).trim());
        }
        return Optional.empty();
    }

    /** The index of the backtick closing the name that opens {@code line}; -1 if it is not closed. */
    private static int nameEnd(String line) {
        SqlLexer.Token name = SqlLexer.tokenAt(line, 0, MariaDbDialect.LEXER_RULES);
        return name.kind() == SqlLexer.Kind.QUOTED && name.terminated() ? name.end() - 1 : -1;
    }

    /** Where the column's {@code CHECK (} starts, outside quotes and comments' text; -1 if none. */
    private static int checkStart(String definition) {
        for (SqlLexer.Token t : SqlLexer.tokens(definition, MariaDbDialect.LEXER_RULES)) {
            if (t.kind() == SqlLexer.Kind.WHITESPACE && definition.startsWith(" CHECK (", t.end() - 1)) {
                return t.end() - 1;
            }
        }
        return -1;
    }
}
