/**
 * Writes migration source files: {@link dev.autogen.codegen.OperationRenderer} turns each operation of a
 * {@link dev.autogen.core.ops.MigrationPlan} into one call on the runtime's {@code Operations} facade (JavaPoet code
 * blocks), and {@link dev.autogen.codegen.MigrationWriter} lays the upgrade and the derived downgrade into a Velocity
 * template.
 */
package dev.autogen.codegen;
