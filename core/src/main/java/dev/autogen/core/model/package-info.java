/**
 * Immutable records describing a relational schema independently of any database or library. Names are held as the
 * database stores them (already folded); matching names across models goes through
 * {@link dev.autogen.core.dialect.SchemaDialect#nameKey(String)}.
 */
package dev.autogen.core.model;
