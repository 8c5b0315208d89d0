/**
 * Comparable forms of SQL conditions and expressions (check constraints, generated columns): a small parser that reads
 * what Hibernate writes and what a database prints back, and writes one canonical text for both. Each dialect says how
 * its identifiers compare; everything else is shared.
 */
package dev.autogen.core.sql.expr;
