package dev.autogen.diff.rename;

import java.util.Objects;

/**
 * A rename of a table ({@code column} null) or of a column of {@code table}, as the database stores the names: the
 * {@code --rename} option ({@code users=people}, {@code users.name=full_name}) and what autogenerate proposes.
 *
 * @param table the table, by its name before the rename (or, for a column, either name of a renamed table)
 * @param column the column before the rename, or null for a table rename
 * @param to the new name of the table or column
 */
public record Rename(String table, String column, String to) {

    public Rename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(to, "to");
        if (table.isBlank() || to.isBlank() || (column != null && column.isBlank())) {
            throw new IllegalArgumentException("a rename needs non-blank names");
        }
    }

    /**
     * Parses {@code old=new} (a table) or {@code table.old=new} (a column; {@code table.old=table.new} also works).
     *
     * @throws IllegalArgumentException naming the expected form when {@code spec} has another
     */
    public static Rename parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        int eq = s.indexOf('=');
        String problem = "--rename " + s + ": expected OLD=NEW for a table or TABLE.OLD=NEW for a column"
                + " (e.g. --rename users.name=full_name)";
        if (eq <= 0 || eq == s.length() - 1 || s.indexOf('=', eq + 1) >= 0) {
            throw new IllegalArgumentException(problem);
        }
        String left = s.substring(0, eq).strip();
        String right = s.substring(eq + 1).strip();
        int dot = left.indexOf('.');
        if (dot < 0) {
            if (right.contains(".")) {
                throw new IllegalArgumentException(problem);
            }
            return new Rename(left, null, right);
        }
        String table = left.substring(0, dot).strip();
        String column = left.substring(dot + 1).strip();
        int rightDot = right.indexOf('.');
        if (rightDot >= 0) {
            if (!right.substring(0, rightDot).strip().equals(table)) {
                throw new IllegalArgumentException("--rename " + s + ": a column keeps its table; write " + table + "."
                        + column + "=" + right.substring(rightDot + 1).strip());
            }
            right = right.substring(rightDot + 1).strip();
        }
        if (table.isEmpty() || column.isEmpty() || right.isEmpty() || column.contains(".") || right.contains(".")) {
            throw new IllegalArgumentException(problem);
        }
        return new Rename(table, column, right);
    }

    public boolean isTable() {
        return column == null;
    }

    /** The {@code --rename} argument for this rename: {@code users.name=full_name} or {@code users=people}. */
    public String spec() {
        return isTable() ? table + "=" + to : table + "." + column + "=" + to;
    }

    /** {@code users.name -> users.full_name} or {@code table users -> people}. */
    public String describe() {
        return isTable() ? "table " + table + " -> " + to : table + "." + column + " -> " + table + "." + to;
    }

    /** The question asked at a terminal: {@code Did you rename users.name to users.full_name? [y/N]}. */
    public String question() {
        return isTable()
                ? "Did you rename table " + table + " to " + to + "? [y/N]"
                : "Did you rename " + table + "." + column + " to " + table + "." + to + "? [y/N]";
    }

    @Override
    public String toString() {
        return spec();
    }
}
