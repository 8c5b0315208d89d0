package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.filter.TableGlobs;
import dev.autogen.diff.rename.Rename;
import dev.autogen.engine.SettingNames.Setting;
import dev.autogen.introspect.live.LiveReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Compares the entities with the database across schemas ({@code allSchemas}): the default schema ({@code schema},
 * else the connection's) and every schema an entity names ({@code @Table(schema = ...)}; on MariaDB and MySQL, where a
 * schema is a database, also {@code catalog = ...}). Each schema is read from the database on its own. Tables and
 * sequences of the default schema keep their names; those of other schemas are named {@code schema.table}
 * ({@link QualifiedName}), so the plan, the migration and its SQL name them so. A foreign key names the table it
 * references as seen from its own table's schema: by its name within one schema, else as {@code schema.table} (the
 * default schema by its name, since H2 and MariaDB read a bare name in the table's schema).
 *
 * <p>The entities are read offline, from Hibernate's metamodel (no scratch copy). Globs and hooks see the qualified
 * names; {@code renames} name tables of the default schema. The schemas must exist: Autogen does not create them.
 */
final class AllSchemasComparer {

    private final EngineSettings settings;
    private final Dialect dialect;
    private final Supplier<Connection> connect;

    AllSchemasComparer(EngineSettings settings, Dialect dialect) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.connect = settings.database()::connect;
    }

    /**
     * @param renames the renames asked for; when empty and {@code decision} is not null, it decides each possible rename
     * @param decision decides about possible renames, or null not to decide
     */
    Comparison compare(List<Rename> renames, RenameDecision decision) {
        SettingNames names = settings.names();
        settings.requireEntities();
        if (Boolean.TRUE.equals(settings.scratch())) {
            throw new ConfigurationException(
                    names.name(Setting.ALL_SCHEMAS) + " compares the entities as Hibernate maps them,"
                            + " without a scratch copy; drop " + names.assignment(Setting.SCRATCH, "true")
                            + names.elsewhere(Setting.SCRATCH, "true") + " or compare one schema");
        }
        TableGlobs globs = new TableGlobs(settings.include(), settings.exclude());
        settings.checkHibernateProperties();
        try (Hooks hooks = Hooks.load(settings.entities(), settings.hooks())) {
            Predicate<String> entitySide = name -> globs.test(name) && hooks.includeTable(name, false);
            Predicate<String> liveSide = name -> globs.test(name) && hooks.includeTable(name, true);
            SchemaSnapshot mapped = settings.entityModels().readWithSchemas(settings.entitySource(), dialect);
            SchemaSnapshot entities;
            SchemaSnapshot live;
            String defaultSchema;
            Map<String, InitialRows> droppedRows;
            try (Connection connection = connect.get()) {
                defaultSchema = currentSchema(connection);
                entities = Planner.only(relative(mapped, defaultSchema), entitySide);
                List<String> others = otherSchemas(entities);
                if (!others.isEmpty() && !dialect.supportsSchemas()) {
                    throw new ConfigurationException(dialect.name()
                            + " has one schema per database, and the entities name schema "
                            + String.join(", ", others) + "; map them without @Table(schema = ...) or compare without "
                            + names.name(Setting.ALL_SCHEMAS));
                }
                LiveReadOptions read = LiveReadOptions.defaults().withSchema(settings.schema());
                List<Table> tables = new ArrayList<>();
                List<Sequence> sequences = new ArrayList<>();
                SchemaSnapshot own = new LiveReader().read(connection, dialect, read.withTableFilter(liveSide));
                tables.addAll(own.tables());
                sequences.addAll(own.sequences());
                for (String schema : others) {
                    SchemaSnapshot other = readSchema(connection, schema, read, liveSide);
                    other.tables().forEach(t -> tables.add(t.withName(QualifiedName.of(schema, t.name()))));
                    other.sequences().forEach(s -> sequences.add(s.withName(QualifiedName.of(schema, s.name()))));
                }
                live = HibernateOwnTables.without(new SchemaSnapshot(tables, sequences), entities);
                droppedRows = DroppedGeneratorRows.read(entities, live, settings.schema(), dialect, connection);
            } catch (SQLException e) {
                throw new DatabaseReadException("reading the database failed: " + e.getMessage(), e);
            } catch (LiveReadException e) {
                throw Planner.hookFailureIn(e).orElseThrow(() -> e);
            }
            DiffOptions options = new DiffOptions(globs).withDefaultSchema(defaultSchema);
            SchemaSnapshot wanted = entities;
            Comparison comparison = Planner.plan(
                    wanted,
                    live,
                    current -> SchemaDiff.compare(wanted, current, options, dialect),
                    renames,
                    decision,
                    hooks,
                    dialect,
                    names);
            return comparison.withPlan(DroppedGeneratorRows.attach(comparison.plan(), droppedRows));
        }
    }

    /**
     * The schema unqualified names are in: what the connection works in once {@code schema} is applied (a MariaDB
     * connection's database), or null where the database has no schemas.
     */
    private static String currentSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema != null ? schema : connection.getCatalog();
    }

    /** One schema other than the default, every table named by the filter with its schema. */
    private SchemaSnapshot readSchema(
            Connection connection, String schema, LiveReadOptions read, Predicate<String> tables) {
        try {
            return new LiveReader()
                    .read(
                            connection,
                            dialect,
                            read.withSchema(schema)
                                    .withTableFilter(name -> tables.test(QualifiedName.of(schema, name))));
        } catch (LiveReadException e) {
            if (Planner.hookFailureIn(e).isPresent()) {
                throw e;
            }
            throw new DatabaseReadException(
                    "cannot read schema " + schema + ", which the entities name: " + e.getMessage()
                            + "; create the schema (Autogen does not create schemas) or check the entities' @Table(schema = ...)",
                    e);
        }
    }

    /**
     * The entities' model with names as the comparison carries them: the default schema's tables and sequences
     * unqualified, and each foreign key naming its referenced table as seen from its own table's schema.
     */
    private SchemaSnapshot relative(SchemaSnapshot mapped, String defaultSchema) {
        List<Table> tables = new ArrayList<>();
        for (Table table : mapped.tables()) {
            String schema = schemaOf(table.name(), defaultSchema);
            List<ForeignKey> keys = table.foreignKeys().stream()
                    .map(fk -> withReferencedTable(fk, relativeTo(schema, fk.referencedTable(), defaultSchema)))
                    .toList();
            tables.add(table.withName(QualifiedName.of(schema, QualifiedName.unqualified(table.name())))
                    .withForeignKeys(keys));
        }
        List<Sequence> sequences = mapped.sequences().stream()
                .map(s -> s.withName(
                        QualifiedName.of(schemaOf(s.name(), defaultSchema), QualifiedName.unqualified(s.name()))))
                .toList();
        return new SchemaSnapshot(tables, sequences);
    }

    /** A name's schema, null for the default one (unqualified, or qualified with the default schema's name). */
    private String schemaOf(String qualified, String defaultSchema) {
        String schema = QualifiedName.parse(qualified).schema();
        return schema == null || sameName(schema, defaultSchema) ? null : schema;
    }

    /**
     * {@code referenced} (null schema: the default one) as a foreign key of a table of {@code schema} names it: within
     * the same schema by its name, else with its schema, the default one's included.
     */
    private String relativeTo(String schema, String referenced, String defaultSchema) {
        String target = schemaOf(referenced, defaultSchema);
        String name = QualifiedName.unqualified(referenced);
        if (Objects.equals(
                target == null ? null : dialect.nameKey(target), schema == null ? null : dialect.nameKey(schema))) {
            return name;
        }
        return QualifiedName.of(target == null ? defaultSchema : target, name);
    }

    private boolean sameName(String a, String b) {
        return a != null && b != null && dialect.nameKey(a).equals(dialect.nameKey(b));
    }

    private static ForeignKey withReferencedTable(ForeignKey fk, String table) {
        return new ForeignKey(fk.name(), fk.columns(), table, fk.referencedColumns(), fk.onDelete(), fk.onUpdate());
    }

    /** The schemas besides the default one that the entities' tables and sequences are in, in order of appearance. */
    private static List<String> otherSchemas(SchemaSnapshot entities) {
        Map<String, String> schemas = new LinkedHashMap<>();
        entities.tables().forEach(t -> add(schemas, t.name()));
        entities.sequences().forEach(s -> add(schemas, s.name()));
        return List.copyOf(schemas.values());
    }

    private static void add(Map<String, String> schemas, String qualified) {
        String schema = QualifiedName.parse(qualified).schema();
        if (schema != null) {
            schemas.putIfAbsent(schema, schema);
        }
    }
}
