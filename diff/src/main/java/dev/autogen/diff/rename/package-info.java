/**
 * Renames: {@link dev.autogen.diff.rename.Rename} (the {@code --rename} option and a proposal) and
 * {@link dev.autogen.diff.rename.Renames}, which finds drop-plus-add pairs that look like renames, checks requested
 * renames against both schemas and turns them into operations that keep the data.
 */
package dev.autogen.diff.rename;
