package dev.autogen.bench;

import java.util.Locale;

/**
 * One difference made in the database.
 *
 * @param kind what was changed
 * @param table the table changed (or added)
 * @param object the column or index changed, or null for a table
 * @param sql the statement that makes the change
 */
record Perturbation(PerturbationKind kind, String table, String object, String sql) {

    /** Whether a line of {@code autogen check}'s report names this difference. */
    boolean reportedBy(String line) {
        String l = line.strip();
        return switch (kind) {
            case DROPPED_COLUMN -> l.startsWith("+ add column " + table + "." + object + " ");
            case EXTRA_COLUMN ->
                l.equals("- drop column " + table + "." + object)
                        || l.startsWith("- drop column " + table + "." + object + " ");
            case DROPPED_INDEX -> l.startsWith("+ add index " + object + " on " + table + " ");
            case NULLABILITY -> l.startsWith("~ alter column " + table + "." + object + ":") && l.contains("NULL ->");
            case VARCHAR_LENGTH -> l.startsWith("~ alter column " + table + "." + object + ":") && l.contains("type ");
            case EXTRA_TABLE -> l.equals("- drop table " + table) || l.startsWith("- drop table " + table + " ");
        };
    }

    /** Whether Hibernate's validation message names this difference (it reports only the first problem it meets). */
    boolean reportedByHibernate(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return object != null ? m.contains(table) && m.contains("[" + object + "]") : m.contains("[" + table + "]");
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + table
                + (object == null ? "" : "." + object);
    }
}
