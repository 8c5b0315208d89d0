/**
 * The revision graph: every migration's {@code @Revision} id and the revisions it revises, checked for duplicates,
 * missing parents and cycles, and the paths between a database's current revisions and a target
 * ({@code head}, {@code base}, an id or unique prefix, {@code +N}, {@code -N}). Nodes may have several parents and the
 * graph several heads; paths are computed on ancestor sets, so merges fit in without a different model. Relative
 * targets and {@code head} need a linear history where they walk.
 */
package dev.autogen.runtime.migration.graph;
