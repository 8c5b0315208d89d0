/**
 * What generated migrations compile against: {@link dev.autogen.runtime.Migration}, {@link dev.autogen.runtime.Revision},
 * the {@link dev.autogen.runtime.Operations} facade (the counterpart of {@code alembic.op}) and the builders in
 * {@link dev.autogen.runtime.Schema} and {@link dev.autogen.runtime.Types}; and {@link dev.autogen.runtime.Autogen}, which
 * applies migrations from an application at startup.
 */
package dev.autogen.runtime;
