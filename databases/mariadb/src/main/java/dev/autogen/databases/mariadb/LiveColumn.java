package dev.autogen.databases.mariadb;

/**
 * What {@code MODIFY COLUMN} must repeat about a column beyond its alterable state, or it is lost.
 *
 * @param identity whether the column is {@code auto_increment}
 * @param generated the generation expression of a computed column, or null
 * @param virtual whether a computed column is {@code VIRTUAL} rather than {@code STORED}
 * @param onUpdate the expression of an {@code ON UPDATE} clause ({@code current_timestamp()}), or null
 * @param check the condition of a check declared in the column's definition (MariaDB: {@code LEVEL = 'Column'}), as
 *     the server prints it, or null; {@code MODIFY COLUMN} without it drops it silently
 */
record LiveColumn(boolean identity, String generated, boolean virtual, String onUpdate, String check) {

    /** An ordinary column. */
    static final LiveColumn PLAIN = new LiveColumn(false, null, false, null, null);
}
