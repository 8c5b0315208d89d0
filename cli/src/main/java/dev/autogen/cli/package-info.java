/**
 * The {@code autogen} command line: a thin picocli adapter over the {@code engine} (autogenerate, {@code check},
 * {@code diff}) and the {@code runtime} (running migrations), through {@link dev.autogen.cli.Project}. What is the
 * command line's own lives here: its one-line errors and exit codes, {@code --timings}, the rename prompt on the
 * terminal, {@code init}'s files and how the history reads.
 */
package dev.autogen.cli;
