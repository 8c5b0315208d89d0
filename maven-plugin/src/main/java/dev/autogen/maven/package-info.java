/**
 * The Maven plugin {@code dev.autogen:autogen-maven-plugin}, goal prefix {@code autogen}: one mojo per goal
 * ({@code revision}, {@code upgrade}, {@code downgrade}, {@code check}, {@code diff}, {@code history}, {@code current},
 * {@code heads}, {@code stamp}, {@code sql}), each a thin adapter over the {@code engine} ({@link
 * dev.autogen.engine.Autogenerate}, {@link dev.autogen.engine.RevisionListing}) and the runtime's migrator, as the
 * command line is. {@link dev.autogen.maven.AbstractAutogenMojo} holds the parameters every goal shares (each also a
 * {@code -Dautogen.*} property) and turns the engine's one-line failures into Maven's; {@link
 * dev.autogen.maven.ProjectClassPath} gives the goals the project's compiled classes and run-time class path, and
 * lends DriverManager the JDBC drivers found there. Depends on no database module at compile time: they are on the
 * plugin's class path at run time, found with {@code ServiceLoader}.
 */
package dev.autogen.maven;
