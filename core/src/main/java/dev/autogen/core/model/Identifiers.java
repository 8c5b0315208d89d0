package dev.autogen.core.model;

/**
 * Quoted identifiers, written as Hibernate writes them: {@code `MixedCase`} is the quoted identifier {@code MixedCase},
 * whose case every database keeps; {@code Author} is unquoted, and each database stores it as its unquoted SQL would
 * ({@code author} on PostgreSQL, {@code AUTHOR} on H2, {@code Author} on MariaDB and SQLite). A name in the model, in
 * an operation and in a generated migration is either form; each part of a qualified name ({@code sales.`Orders`})
 * carries its own mark.
 */
public final class Identifiers {

    private Identifiers() {}

    /** Whether {@code name} is marked quoted: {@code `MixedCase`}. */
    public static boolean isQuoted(String name) {
        return name != null && name.length() >= 2 && name.charAt(0) == '`' && name.charAt(name.length() - 1) == '`';
    }

    /** {@code text} marked quoted: {@code MixedCase} as {@code `MixedCase`}; a name already marked stays as it is. */
    public static String quoted(String text) {
        return isQuoted(text) ? text : '`' + text + '`';
    }

    /** The text of a name without its quote mark: {@code MixedCase} for {@code `MixedCase`} and for {@code MixedCase}. */
    public static String text(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }
}
