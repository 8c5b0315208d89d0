package dev.autogen.core.model;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name, or null where the database names it itself
 * @param expression the condition, as SQL (without the surrounding {@code CHECK (...)})
 */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " needs an expression");
        }
    }
}
