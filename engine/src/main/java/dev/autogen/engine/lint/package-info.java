/**
 * {@code autogen lint}: what each migration's {@code upgrade()} records for a target database (its operations and the
 * raw SQL it passes to {@code op.execute}), checked against rules with stable ids ({@link LintRule}): changes that
 * block writes to a table holding rows (as the database's {@code Dialect#blocksWrites} says), drops of what the
 * entities still map, and changes that can lose data. {@link Linter} finds, {@link LintReport} holds the findings and
 * {@link LintFormat} writes them as text, JSON or SARIF 2.1.0.
 */
package dev.autogen.engine.lint;
