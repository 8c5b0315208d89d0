/**
 * H2 2.x: {@link dev.autogen.runtime.dialect.h2.H2Dialect}, its DDL, the catalog lookups that resolve names H2 chose
 * itself, and the migration lock.
 */
package dev.autogen.runtime.dialect.h2;
