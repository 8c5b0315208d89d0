/** One picocli class per verb; each only parses and prints, and calls {@link dev.autogen.cli.Autogen}. */
package dev.autogen.cli.command;
