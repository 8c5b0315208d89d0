/** The {@code autogen} command line: a thin picocli adapter over {@link dev.autogen.cli.Autogen}. */
package dev.autogen.cli;
