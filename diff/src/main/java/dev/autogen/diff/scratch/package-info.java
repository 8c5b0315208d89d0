/**
 * Comparing like with like: the target schema built from a scratch copy of the entities' schema as the database
 * reports it, with the entity model's definitions for what changes.
 */
package dev.autogen.diff.scratch;
