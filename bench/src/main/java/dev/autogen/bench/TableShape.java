package dev.autogen.bench;

import java.util.List;

/**
 * One generated entity's table, as far as the perturbations need it.
 *
 * @param name the table name
 * @param indexes the names of its (non-unique) indexes
 * @param foreignKeyColumns its foreign key columns
 */
record TableShape(String name, List<String> indexes, List<String> foreignKeyColumns) {

    TableShape {
        indexes = List.copyOf(indexes);
        foreignKeyColumns = List.copyOf(foreignKeyColumns);
    }
}
