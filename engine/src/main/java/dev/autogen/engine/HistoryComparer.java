package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.filter.TableGlobs;
import dev.autogen.diff.rename.Rename;
import dev.autogen.engine.SettingNames.Setting;
import dev.autogen.introspect.entity.EntityModelCache;
import dev.autogen.introspect.entity.EntityModels;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.introspect.live.ScratchSpaces;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.exec.JdbcSqlSink;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Compares the entities with the schema the migrations build ({@link Against#HISTORY}, replayed into the model, or
 * {@link Against#SCRATCH}, run in a scratch space and read back), instead of with the database. The entities are read
 * offline for the dialect, the tables are chosen by the same globs and hooks, and the plan is made as
 * {@link Comparer} makes it; what needs the database's rows (sequence tables without their row, the rows of a dropped
 * generator table) is not looked at.
 */
final class HistoryComparer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EngineSettings settings;
    private final Dialect dialect;
    private final Phases phases;
    private final Consumer<String> warnings;

    HistoryComparer(EngineSettings settings, Dialect dialect, Phases phases, Consumer<String> warnings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.phases = Objects.requireNonNull(phases, "phases");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * @param against {@link Against#HISTORY} or {@link Against#SCRATCH}
     * @param migrations the history
     * @param path the revisions to replay, from base, in order
     */
    Comparison compare(
            Against against,
            MigrationSet migrations,
            List<RevisionNode> path,
            List<Rename> renames,
            RenameDecision decision) {
        SettingNames names = settings.names();
        settings.requireEntities();
        TableGlobs globs = new TableGlobs(settings.include(), settings.exclude());
        settings.checkHibernateProperties();
        EntityModelCache cache = settings.entityModelCache();
        try (Hooks hooks = Hooks.load(settings.entities(), settings.hooks())) {
            Predicate<String> entitySide = name -> globs.test(name) && hooks.includeTable(name, false);
            Predicate<String> liveSide = name -> globs.test(name) && hooks.includeTable(name, true);
            long started = System.nanoTime();
            BackgroundTask<SchemaSnapshot> entityTask = BackgroundTask.start(
                    "autogen-entities", () -> phases.time(EngineListener.ENTITIES, () -> entityModel(cache)));
            SchemaSnapshot replayed;
            try {
                replayed = against == Against.SCRATCH
                        ? phases.time(EngineListener.SCRATCH, () -> scratch(migrations, path, liveSide))
                        : phases.time(EngineListener.DATABASE, () -> history(migrations, path));
            } catch (RuntimeException e) {
                try {
                    entityTask.join(); // not left running
                } catch (RuntimeException ignored) {
                    // the replay's failure is the one to report
                }
                throw e;
            }
            SchemaSnapshot entities = Planner.only(entityTask.join(), entitySide);
            SchemaSnapshot live = Planner.only(replayed, liveSide);
            phases.ended(EngineListener.COMPARE, started);
            DiffOptions options = new DiffOptions(globs);
            long diffStarted = System.nanoTime();
            Comparison comparison = Planner.plan(
                    entities,
                    live,
                    current -> SchemaDiff.compare(entities, current, options, dialect),
                    renames,
                    decision,
                    hooks,
                    dialect,
                    names);
            phases.ended(EngineListener.DIFF, diffStarted);
            return comparison;
        } catch (LiveReadException e) {
            throw Planner.hookFailureIn(e).orElseThrow(() -> e);
        } finally {
            if (cache != null) {
                cache.close();
            }
        }
    }

    private SchemaSnapshot history(MigrationSet migrations, List<RevisionNode> path) {
        HistoryReplay.Result result = new HistoryReplay(dialect, settings.names()).replay(migrations, path);
        result.warnings().forEach(warnings);
        return result.schema();
    }

    /**
     * Runs the upgrades of {@code path} in a scratch space next to the URL's database, or where there is no URL, in an
     * in-memory SQLite or H2 database, and reads the schema back as the live schema is read.
     */
    private SchemaSnapshot scratch(MigrationSet migrations, List<RevisionNode> path, Predicate<String> tables) {
        ScratchSpace space = ScratchSpaces.forDialect(dialect.name())
                .orElseThrow(() -> new ConfigurationException("no scratch space for " + dialect.name() + " databases"));
        boolean embedded = space.inMemory();
        String url = settings.database().url();
        if (url != null && !settings.database().serverDialect().name().equals(dialect.name())) {
            if (!embedded) {
                throw new ConfigurationException(settings.names().assignment(Setting.AGAINST, "scratch") + " on "
                        + dialect.name() + " makes its scratch space on the database the URL names, which is "
                        + settings.database().serverDialect().name() + ": name that dialect, or a URL of a "
                        + dialect.name() + " server");
            }
            url = null; // an in-memory database of the named kind
        }
        if (url == null && !embedded) {
            throw new ConfigurationException(settings.names().assignment(Setting.AGAINST, "scratch") + " on "
                    + dialect.name() + " needs a server to make the scratch schema or database on: set "
                    + settings.names().name(Setting.URL) + ", or compare "
                    + settings.names().assignment(Setting.AGAINST, "history"));
        }
        migrations.load(path.stream().map(RevisionNode::id).toList());
        String name = "autogen_scratch_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        try (Connection base = url == null ? null : settings.database().connect();
                Scratch scratch = space.open(base, name)) {
            Connection connection = scratch.connection();
            for (RevisionNode node : path) {
                Migration migration = migrations.migration(node.id());
                try {
                    migration.upgrade(new JdbcOperations(connection, dialect, new JdbcSqlSink(connection)));
                } catch (RuntimeException e) {
                    throw new DatabaseReadException(
                            "revision " + node.id() + " (" + node.origin() + ") failed in the scratch space " + name
                                    + ": " + settings.database().mask(HistoryReplay.oneLine(e)),
                            e);
                }
            }
            LiveReadOptions read =
                    LiveReadOptions.defaults().withSchema(scratch.schema()).withTableFilter(tables);
            return new LiveReader().read(connection, dialect, read);
        } catch (SQLException e) {
            throw new DatabaseReadException(
                    "the scratch space " + name + " failed: "
                            + settings.database().mask(e.getMessage()),
                    e);
        }
    }

    /** The entity model for the dialect, from the cache while the entity classes are unchanged. */
    private SchemaSnapshot entityModel(EntityModelCache cache) {
        EntityModels models = settings.entityModels();
        if (cache == null) {
            return models.read(settings.entitySource(), dialect);
        }
        return cache.read(settings.entitySource(), dialect, null, () -> models.read(settings.entitySource(), dialect));
    }
}
