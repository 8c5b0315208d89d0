/**
 * Reading the entities' schema through a scratch copy on the same kind of database, so that it can be compared with
 * the live schema like with like.
 */
package dev.autogen.introspect.scratch;
