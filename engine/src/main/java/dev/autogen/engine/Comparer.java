package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.filter.TableGlobs;
import dev.autogen.diff.rename.Rename;
import dev.autogen.diff.scratch.ScratchTarget;
import dev.autogen.engine.SettingNames.Setting;
import dev.autogen.introspect.entity.EntityExport;
import dev.autogen.introspect.entity.EntityModelCache;
import dev.autogen.introspect.entity.EntityModels;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.introspect.scratch.ScratchReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Compares the entities with the database. The steps, in order:
 *
 * <ol>
 *   <li>which tables take part: the {@code include}/{@code exclude} globs and every hook's {@code includeTable}, on
 *       both sides; the rest is never read (live) nor compared;
 *   <li>the target: the entity model read offline, or (scratch) Hibernate's DDL for the entities run in a scratch
 *       space of the same database and read back, so that like is compared with like;
 *   <li>the plan, and the drop-plus-add pairs in it that may be renames;
 *   <li>renames asked for ({@linkplain Autogenerate.Builder#renames renames}), or accepted by the {@link RenameDecision}, become rename operations
 *       and the rest of the plan is computed on the renamed schema;
 *   <li>the hooks' {@code includeOperation} and {@code process};
 *   <li>the drop of a generator table carries the table's current rows, for the downgrade ({@link DroppedGeneratorRows}).
 * </ol>
 */
final class Comparer {

    private final EngineSettings settings;
    private final Dialect dialect;
    private final Supplier<Connection> connect;
    private final Phases phases;

    Comparer(EngineSettings settings, Dialect dialect, Phases phases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.connect = settings.database()::connect;
        this.phases = Objects.requireNonNull(phases, "phases");
    }

    /** Whether this comparison goes through a scratch space: the setting, else the database's default. */
    boolean scratch() {
        return settings.scratch() != null ? settings.scratch() : ScratchReader.onByDefault(dialect);
    }

    /**
     * @param renames the renames asked for; when empty and {@code decision} is not null, it decides each possible rename
     * @param decision decides about possible renames, or null not to decide
     */
    Comparison compare(List<Rename> renames, RenameDecision decision) {
        SettingNames names = settings.names();
        settings.requireEntities();
        boolean scratch = scratch();
        if (scratch && !ScratchReader.supports(dialect)) {
            throw new ConfigurationException(names.assignment(Setting.SCRATCH, "true") + " is not available on "
                    + dialect.name() + "; compare with " + names.assignment(Setting.SCRATCH, "false"));
        }
        TableGlobs globs = new TableGlobs(settings.include(), settings.exclude());
        settings.checkHibernateProperties();
        // The entity model cache lives in the migrations folder; it writes in the background until closed.
        EntityModelCache cache = settings.entityModelCache();
        try (Hooks hooks = Hooks.load(settings.entities(), settings.hooks())) {
            Predicate<String> entitySide = name -> globs.test(name) && hooks.includeTable(name, false);
            Predicate<String> liveSide = name -> globs.test(name) && hooks.includeTable(name, true);
            LiveReadOptions read = LiveReadOptions.defaults().withSchema(settings.schema());
            SchemaSnapshot entities;
            SchemaSnapshot scratchModel = null;
            SchemaSnapshot live;
            List<String> problems;
            Map<String, InitialRows> droppedRows;
            // Hibernate's boot runs while the database is read: the wall time is the longer of the two.
            long started = System.nanoTime();
            BackgroundTask<EntityExport> exportTask = !scratch
                    ? null
                    : BackgroundTask.start(
                            "autogen-entities",
                            () -> phases.time(
                                    EngineListener.ENTITIES, () -> entityExport(settings.entitySource(), cache)));
            BackgroundTask<SchemaSnapshot> entityTask = scratch
                    ? null
                    : BackgroundTask.start(
                            "autogen-entities",
                            () -> phases.time(
                                    EngineListener.ENTITIES, () -> entityModel(settings.entitySource(), cache)));
            try (Connection connection = phases.time(EngineListener.CONNECT, connect)) {
                live = phases.time(
                        EngineListener.DATABASE,
                        () -> new LiveReader().read(connection, dialect, read.withTableFilter(liveSide)));
                if (scratch) {
                    EntityExport export = exportTask.join();
                    entities = Planner.only(export.model(), entitySide);
                    // A scratch space cannot hold entities that name a schema of their own; where the scratch is only
                    // the default, they are compared offline, as scratch=false does (asked for, it is refused).
                    if (!export.qualified() || settings.scratch() != null) {
                        scratchModel = phases.time(
                                EngineListener.SCRATCH,
                                () -> scratchCopy(export, connection, read.withTableFilter(entitySide)));
                    }
                } else {
                    entities = Planner.only(entityTask.join(), entitySide);
                }
                live = HibernateOwnTables.without(live, entities);
                problems = EmptySequenceTables.find(entities, live, settings.schema(), dialect, connection);
                droppedRows = DroppedGeneratorRows.read(entities, live, settings.schema(), dialect, connection);
                phases.ended(EngineListener.COMPARE, started);
            } catch (SQLException e) {
                throw new DatabaseReadException("reading the database failed: " + e.getMessage(), e);
            } catch (LiveReadException e) {
                throw Planner.hookFailureIn(e).orElseThrow(() -> e);
            }
            DiffOptions options = new DiffOptions(globs);
            long diffStarted = System.nanoTime();
            SchemaSnapshot wanted = entities;
            SchemaSnapshot scratchCopy = scratchModel;
            Comparison comparison = Planner.plan(
                    wanted,
                    live,
                    current -> diff(wanted, scratchCopy, current, options),
                    renames,
                    decision,
                    hooks,
                    dialect,
                    names);
            phases.ended(EngineListener.DIFF, diffStarted);
            return comparison
                    .withPlan(DroppedGeneratorRows.attach(comparison.plan(), droppedRows))
                    .withProblems(problems);
        } finally {
            if (cache != null) {
                cache.close();
            }
        }
    }

    /**
     * The entities' schema as Hibernate's own DDL makes it in a scratch space. Where that DDL fails (Hibernate writes
     * some entities' SQL so that the database refuses it, as an apostrophe in an H2 comment), the error says how to
     * compare without it.
     */
    private SchemaSnapshot scratchCopy(EntityExport export, Connection connection, LiveReadOptions read) {
        try {
            return new ScratchReader().read(export, connection, dialect, read);
        } catch (LiveReadException e) {
            if (Planner.hookFailureIn(e).isPresent()) {
                throw e;
            }
            SettingNames names = settings.names();
            throw new DatabaseReadException(
                    e.getMessage() + "; compare without the scratch copy: " + names.assignment(Setting.SCRATCH, "false")
                            + names.elsewhere(Setting.SCRATCH, "false"),
                    e);
        }
    }

    /**
     * The entity model, from the cache in the migrations folder's {@code .autogen/} while the entity classes are
     * unchanged (there is no cache without a migrations folder).
     */
    private SchemaSnapshot entityModel(EntitySource source, EntityModelCache cache) {
        EntityModels models = settings.entityModels();
        if (cache == null) {
            return models.read(source, dialect);
        }
        return cache.read(source, dialect, null, () -> models.read(source, dialect));
    }

    /** Hibernate's export of the entities for a scratch comparison, cached like {@link #entityModel}. */
    private EntityExport entityExport(EntitySource source, EntityModelCache cache) {
        EntityModels models = settings.entityModels();
        if (cache == null) {
            return models.export(source, dialect);
        }
        return cache.read(source, dialect, null, EntityExport.class, () -> models.export(source, dialect));
    }

    private MigrationPlan diff(
            SchemaSnapshot entities, SchemaSnapshot scratchModel, SchemaSnapshot live, DiffOptions options) {
        SchemaSnapshot target =
                scratchModel == null ? entities : ScratchTarget.target(entities, scratchModel, live, options, dialect);
        return SchemaDiff.compare(target, live, options, dialect);
    }
}
