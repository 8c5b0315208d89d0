package dev.autogen.runtime.dialect.mariadb;

/**
 * What {@code MODIFY COLUMN} must repeat about a column beyond its alterable state, or it is lost.
 *
 * @param identity whether the column is {@code auto_increment}
 * @param generated the generation expression of a computed column, or null
 * @param virtual whether a computed column is {@code VIRTUAL} rather than {@code STORED}
 * @param onUpdate the expression of an {@code ON UPDATE} clause ({@code current_timestamp()}), or null
 */
record LiveColumn(boolean identity, String generated, boolean virtual, String onUpdate) {

    /** An ordinary column. */
    static final LiveColumn PLAIN = new LiveColumn(false, null, false, null);
}
