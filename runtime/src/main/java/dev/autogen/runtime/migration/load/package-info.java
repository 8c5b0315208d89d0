/**
 * Where migrations come from: the {@code *.java} files of a versions folder, compiled in-process with the JDK's
 * compiler into a cache folder keyed by a hash of the sources (unchanged sources compile nothing), or migration
 * classes already on the classpath, given as classes or found by package
 * ({@link dev.autogen.runtime.migration.load.ClasspathMigrations}). Each migration is checked ({@code @Revision}, one per file, a no-argument
 * constructor) and instantiated, and the result is a {@link dev.autogen.runtime.migration.load.MigrationSet} with its
 * validated revision graph.
 */
package dev.autogen.runtime.migration.load;
