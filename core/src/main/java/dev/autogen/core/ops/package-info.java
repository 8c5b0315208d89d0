/**
 * Reversible schema operations. Every operation carries what its reverse needs, so a downgrade is derived from the
 * upgrade: {@link dev.autogen.core.ops.Operation#reverse()} is total. Consumers implement
 * {@link dev.autogen.core.ops.OperationVisitor}, so a new operation fails to compile until every consumer handles it.
 */
package dev.autogen.core.ops;
