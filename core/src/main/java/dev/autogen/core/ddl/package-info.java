/**
 * What database modules share to write DDL: {@link dev.autogen.core.ddl.AbstractDdl} (the statements of every
 * operation, overridden where a database differs), portable types as Hibernate renders them, enum types, and
 * {@link dev.autogen.core.ddl.TableChanges} (a table's definition after an operation, for rebuilds and offline scripts).
 */
package dev.autogen.core.ddl;
