/**
 * What generated migrations compile against: {@link dev.autogen.runtime.Migration}, {@link dev.autogen.runtime.Revision},
 * the {@link dev.autogen.runtime.Operations} facade (the counterpart of {@code alembic.op}) and the builders in
 * {@link dev.autogen.runtime.Schema} and {@link dev.autogen.runtime.Types}; and {@link dev.autogen.runtime.Autogen}, which
 * applies migrations from an application at startup. This package is the runtime's API; everything under
 * {@code dev.autogen.runtime.internal} (the runner, the revision graph and loader, the version table, the JDBC
 * operations) serves it and Autogen's own tools, and may change in any release.
 */
package dev.autogen.runtime;
