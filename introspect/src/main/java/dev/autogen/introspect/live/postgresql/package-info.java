/**
 * PostgreSQL's live catalog, read with the project's own catalog SQL from {@code .sql} resources next to this package:
 * one query per kind of object over the whole schema (tables, columns, key constraints, indexes, foreign keys, check
 * constraints, comments, sequences), so that thousands of tables cost a handful of round trips. Also the scratch
 * schema.
 */
package dev.autogen.introspect.live.postgresql;
