/**
 * The contract kit: tests every database module runs against its own database, as abstract JUnit classes the module
 * extends with its {@link dev.autogen.core.database.Database} and a fresh test database, and the model fixtures they
 * share.
 */
package dev.autogen.databases.contract;
