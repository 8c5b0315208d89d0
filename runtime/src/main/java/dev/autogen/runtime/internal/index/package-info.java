/**
 * The annotation processor that indexes an application's migrations at compile time
 * ({@link dev.autogen.runtime.internal.index.MigrationIndexProcessor}): it checks each {@code @Revision} class and
 * writes the {@code META-INF/autogen/migrations} resource that
 * {@link dev.autogen.runtime.internal.migration.load.ClasspathMigrations} reads at run time, so that an application
 * finds its migrations with no class-path scanning and no compiler. {@code javac} finds it through
 * {@code META-INF/services/javax.annotation.processing.Processor} whenever the runtime is on the compile class path.
 */
package dev.autogen.runtime.internal.index;
