/**
 * Autogenerate as a library. {@link dev.autogen.engine.Autogenerate} is the entry: configured by its builder (the
 * {@link dev.autogen.engine.DatabaseConnector}, the entity classes, the migrations folder, table filters, renames, a
 * {@link dev.autogen.engine.RenameDecision} and an {@link dev.autogen.engine.EngineListener}), it compares, plans,
 * writes revisions and checks. Failures are {@link dev.autogen.engine.EngineException}s with a one-line message, which
 * names the settings and follow-up commands as the caller's {@link dev.autogen.engine.SettingNames} do (the command
 * line's flags, a build plugin's parameters); by default, by their keys, with no command.
 *
 * <p>What the command line and the build plugin print alike: {@code check}'s report and verdict
 * ({@link dev.autogen.engine.CheckReport}, with a {@link dev.autogen.engine.FailOn} threshold), the history's listings
 * ({@link dev.autogen.engine.RevisionListing}), the lines of an upgrade or a downgrade
 * ({@link dev.autogen.engine.ProgressLines}), and text from migrations made safe for a terminal
 * ({@link dev.autogen.engine.TerminalText}).
 *
 * <p>Everything else here is package-private. Comparing the entities with the database, as autogenerate,
 * {@code check} and {@code diff} do: table filters and project hooks, the offline or scratch-copy target, possible
 * renames and the renames asked for ({@code Comparer}, {@code AllSchemasComparer}, {@code Planner}, {@code Hooks}), what
 * the database holds that no schema change shows ({@code EmptySequenceTables}, {@code DroppedGeneratorRows},
 * {@code HibernateOwnTables}), and writing a revision under the versions folder's lock ({@code RevisionWriter},
 * {@code VersionsLock}).
 *
 * <p>The engine depends on {@code core}, {@code runtime}, {@code introspect}, {@code diff}, {@code codegen} and
 * {@code templates}; never on {@code cli}. It prints nothing.
 */
package dev.autogen.engine;
