package dev.autogen.databases.mariadb;

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
            return check < 0 ? Optional.empty() : Optional.of(definition.substring(0, check).trim());
        }
        return Optional.empty();
    }

    /** The index of the backtick closing the name that opens {@code line}. */
    private static int nameEnd(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '`') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '`') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where the column's {@code CHECK (} starts, outside quotes and comments' text; -1 if none. */
    private static int checkStart(String definition) {
        char quote = 0;
        for (int i = 0; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '`' || c == '"') {
                quote = c;
            } else if (definition.startsWith(" CHECK (", i)) {
                return i;
            }
        }
        return -1;
    }
}
