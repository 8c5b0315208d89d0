/**
 * The revision graph: every migration's {@code @Revision} id, the revisions it revises (several for a merge), the
 * revisions it depends on ({@code dependsOn}, usually on another branch) and its branch labels, checked for duplicate
 * ids and labels, missing parents and dependencies, and cycles. {@link dev.autogen.runtime.internal.migration.graph.RevisionTarget}
 * parses what users type ({@code head}, {@code heads}, {@code base}, an id or unique prefix, a branch label,
 * {@code +N}, {@code -N}, {@code rev+N}, {@code branch@head}, {@code branch@+N}), and the graph turns a target and a
 * database's current heads into the revisions to apply or undo, or the version-table rows to stamp. A database's state
 * is the set of applied revisions; the version table holds its heads, one row each.
 */
package dev.autogen.runtime.internal.migration.graph;
