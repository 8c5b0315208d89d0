/**
 * The hook interface projects implement to filter tables and operations and rewrite the plan before it is written;
 * found with {@link java.util.ServiceLoader} on the entities' class path. Depends on {@code autogen-core} only.
 */
package dev.autogen.diff.hook;
