package dev.autogen.core.ops;

/**
 * What an {@code alter_column}'s type change does to stored values on the database it was planned for, both ways: the
 * class and the reason, from the dialect (double to integer rounds on PostgreSQL and MariaDB), and for an enum column
 * how each stored value maps. An operation without one (a migration read back from its source) is classed by the
 * portable rule of {@link AlterColumnOp#safety()}.
 *
 * @param mapping how stored values convert, or null for the database's own cast
 * @param safety what the change does to existing values
 * @param note why, in words ("rounds fractions"), or null
 * @param reverseSafety what the reverse change does
 * @param reverseNote why, or null
 */
public record Conversion(ValueMapping mapping, Safety safety, String note, Safety reverseSafety, String reverseNote) {

    /** Only a value mapping; classed by the portable rule. */
    public static Conversion mapping(ValueMapping mapping) {
        return new Conversion(mapping, null, null, null, null);
    }

    public Conversion reverse() {
        return new Conversion(mapping == null ? null : mapping.reverse(), reverseSafety, reverseNote, safety, note);
    }
}
