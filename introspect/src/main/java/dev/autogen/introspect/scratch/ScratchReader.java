package dev.autogen.introspect.scratch;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.entity.EntityExport;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.introspect.live.ScratchSpaces;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entities' schema as the database itself reports it: Hibernate's create statements are run in a scratch space
 * ({@code autogen_scratch_<random>}) of the same kind of database, read back with the same {@link LiveReader} that
 * reads the live schema, and the scratch space is dropped, whatever happens. Where Hibernate's export creates no
 * foreign keys (its exporter needs {@code ALTER TABLE ... ADD CONSTRAINT}), the entity model's foreign keys are put
 * into the tables read back, as Autogen creates them.
 */
public final class ScratchReader {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveReader reader;

    public ScratchReader() {
        this(new LiveReader());
    }

    public ScratchReader(LiveReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Whether this kind of database has a scratch space. */
    public static boolean supports(SchemaDialect dialect) {
        return ScratchSpaces.forDialect(dialect.name()).isPresent();
    }

    /** Whether comparing through a scratch space is the default on this kind of database. */
    public static boolean onByDefault(SchemaDialect dialect) {
        return ScratchSpaces.forDialect(dialect.name())
                .map(ScratchSpace::onByDefault)
                .orElse(false);
    }

    /**
     * Runs the export's statements in a new scratch space next to {@code connection}'s database and reads them back
     * with {@code options} (its schema is replaced by the scratch space's).
     *
     * @throws LiveReadException when the database has no scratch space, a statement fails, or reading fails
     */
    public SchemaSnapshot read(
            EntityExport export, Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        ScratchSpace space = ScratchSpaces.forDialect(dialect.name())
                .orElseThrow(() -> new LiveReadException("no scratch space for " + dialect.name() + " databases"));
        if (export.qualified()) {
            throw new LiveReadException(
                    "the entities name their own schema or catalog, which a scratch space cannot hold;"
                            + " compare without one (--no-scratch)");
        }
        String name = "autogen_scratch_" + randomSuffix();
        SchemaSnapshot read;
        try (Scratch scratch = open(space, connection, name)) {
            run(export.createStatements(), scratch.connection(), name);
            read = reader.read(scratch.connection(), dialect, options.withSchema(scratch.schema()));
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not drop the scratch space " + name + ": " + LiveReadException.describe(e)
                            + "; drop it by hand",
                    e);
        }
        return export.createsForeignKeys() ? read : withForeignKeysOf(export.model(), read, dialect);
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Scratch open(ScratchSpace space, Connection connection, String name) {
        try {
            return space.open(connection, name);
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not create the scratch space " + name + ": " + LiveReadException.describe(e), e);
        }
    }

    private static void run(List<String> statements, Connection connection, String name) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new LiveReadException(
                            "Hibernate's DDL failed in the scratch space " + name + ": " + sql + ": "
                                    + LiveReadException.describe(e),
                            e);
                }
            }
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not run Hibernate's DDL in the scratch space " + name + ": " + LiveReadException.describe(e),
                    e);
        }
    }

    /** The tables read back, each with the foreign keys the entity model gives it. */
    private static SchemaSnapshot withForeignKeysOf(SchemaSnapshot model, SchemaSnapshot read, SchemaDialect dialect) {
        Map<String, Table> byKey = model.tables().stream()
                .collect(Collectors.toMap(t -> dialect.nameKey(t.name()), Function.identity(), (a, b) -> a));
        return read.withTables(read.tables().stream()
                .map(t -> byKey.containsKey(dialect.nameKey(t.name()))
                        ? t.withForeignKeys(byKey.get(dialect.nameKey(t.name())).foreignKeys())
                        : t)
                .toList());
    }
}
