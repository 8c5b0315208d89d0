package dev.autogen.databases.mariadb;

import java.util.Objects;

/**
 * An index to drop together with a foreign key: the one the database created to back it.
 *
 * @param name the index name
 * @param ifExists whether the index is only presumed (named after the key, without a database to look at), so the
 *     statement drops it only if it exists
 */
record IndexToDrop(String name, boolean ifExists) {
    IndexToDrop {
        Objects.requireNonNull(name, "name");
    }
}
