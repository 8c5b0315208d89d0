package dev.autogen.core.model;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name, or null where the database names it itself
 * @param expression the condition, as SQL (without the surrounding {@code CHECK (...)})
 * @param column the column whose definition declares the check (Hibernate declares its enum, discriminator and
 *     column {@code @Check} constraints there), or null for a table constraint; MariaDB names an unnamed column check
 *     after its column and an unnamed table check {@code CONSTRAINT_n}, so where it is declared shows in the catalog
 */
public record CheckConstraint(String name, String expression, String column) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " needs an expression");
        }
    }

    /** A table check constraint. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, null);
    }

    /** This check under another name (null: the database names it), declared where it was. */
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, column);
    }
}
