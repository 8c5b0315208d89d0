package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete the delete rule
 * @param onUpdate the update rule
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate) {

    public ForeignKey {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
        Objects.requireNonNull(referencedTable, "referencedTable");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs matching, non-empty column lists");
        }
    }
}
