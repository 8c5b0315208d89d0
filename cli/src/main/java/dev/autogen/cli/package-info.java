/** The {@code autogen} command line: a thin picocli adapter over {@link dev.autogen.cli.Project}. */
package dev.autogen.cli;
