package dev.autogen.databases.mariadb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the index MariaDB and MySQL create by themselves for a foreign key that no index serves yet: a non-unique
 * index over exactly the key's columns, named after the key ({@code CONSTRAINT fk_x FOREIGN KEY ...} gets index
 * {@code fk_x}) or, for an unnamed key, after its first column ({@code author_id}, {@code author_id_2}). Such an index
 * belongs to the key, not to the schema's indexes: it comes and goes with the key, and Hibernate's export (which adds
 * foreign keys after indexes) may not get one where a migration does.
 */
public final class ForeignKeyIndexes {

    private static final Pattern NUMBERED = Pattern.compile("_\\d+");

    private ForeignKeyIndexes() {}

    /**
     * Whether the index is the one the database created for the foreign key. Index names compare ignoring case, as
     * MariaDB compares them.
     */
    public static boolean backs(
            String indexName, List<String> indexColumns, boolean unique, String keyName, List<String> keyColumns) {
        if (unique || indexColumns.size() != keyColumns.size()) {
            return false;
        }
        for (int i = 0; i < keyColumns.size(); i++) {
            if (!indexColumns.get(i).equalsIgnoreCase(keyColumns.get(i))) {
                return false;
            }
        }
        String index = indexName.toLowerCase(Locale.ROOT);
        if (keyName != null && index.equals(keyName.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String first = keyColumns.get(0).toLowerCase(Locale.ROOT);
        return index.equals(first)
                || (index.startsWith(first)
                        && NUMBERED.matcher(index.substring(first.length())).matches());
    }
}
