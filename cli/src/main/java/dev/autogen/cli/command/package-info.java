/** One picocli class per verb; each only parses and prints, and calls {@link dev.autogen.cli.Project}. */
package dev.autogen.cli.command;
