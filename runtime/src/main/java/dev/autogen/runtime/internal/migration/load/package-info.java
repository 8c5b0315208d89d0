/**
 * Where migrations come from: the {@code *.java} files of a versions folder, or migration classes already on the
 * classpath, given as classes or found by package through the {@code META-INF/autogen/migrations} index that the
 * runtime's annotation processor writes at compile time ({@link dev.autogen.runtime.internal.migration.load.ClasspathMigrations};
 * no class-path scanning).
 *
 * <p>For a versions folder, the revision graph comes from each file's {@code @Revision} read from its source text
 * ({@link dev.autogen.runtime.internal.migration.load.RevisionHeaderReader}), so that {@code heads}, {@code history} and the
 * like never start javac; only a file whose header the text alone does not tell is compiled to read it. A migration
 * is compiled when it is about to run ({@link dev.autogen.runtime.internal.migration.load.MigrationSet#load}): not at all when
 * the application's class path already holds its class, else from the compiled-class cache, one folder per source
 * keyed by a hash of that source, else with the others of the same run in one compiler run
 * ({@link dev.autogen.runtime.internal.migration.load.MigrationCompiler}). Each migration is checked ({@code @Revision}, one
 * per file, a no-argument constructor) and instantiated, and the result is a
 * {@link dev.autogen.runtime.internal.migration.load.MigrationSet} with its validated revision graph.
 */
package dev.autogen.runtime.internal.migration.load;
