package dev.autogen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.testing.TestDatabases;
import java.lang.reflect.Constructor;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden revision chain, generated, compiled and run on real databases through the runtime's
 * {@link JdbcOperations}: every upgrade in order, then every downgrade back to an empty schema, twice, so a downgrade
 * must leave exactly what its upgrade can apply again. PostgreSQL is skipped when unreachable (a failure under CI).
 */
class GeneratedMigrationsOnDatabasesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void goldenChainUpgradesAndDowngradesTwice(String kind, @TempDir Path dir) throws Exception {
        MigrationWriter writer = new MigrationWriter(null);
        Map<String, String> sources = new LinkedHashMap<>();
        for (GoldenFileTest.Case c : GoldenFileTest.cases()) {
            sources.put(c.fileName(), c.source());
        }
        try (URLClassLoader loader = JavaCompilation.compile(dir, sources);
                TestDatabases.Db db = TestDatabases.of(kind);
                Connection connection = db.connect()) {
            List<Migration> chain = new ArrayList<>();
            for (GoldenFileTest.Case c : GoldenFileTest.cases()) {
                Constructor<?> ctor =
                        loader.loadClass(MigrationWriter.className(c.info())).getDeclaredConstructor();
                ctor.setAccessible(true);
                chain.add((Migration) ctor.newInstance());
            }
            connection.setAutoCommit(false);
            JdbcOperations op = new JdbcOperations(connection, Dialects.forUrl(db.url()));
            for (int round = 1; round <= 2; round++) {
                chain.get(0).upgrade(op);
                connection.commit();
                assertEquals(
                        List.of("chats", "legacy_audit", "messages", "token_usage", "users"),
                        tables(connection, db.schema()),
                        "round " + round + " after the first upgrade");
                for (Migration m : chain.subList(1, chain.size())) {
                    run(connection, m, op, true);
                }
                assertEquals(
                        List.of("chats", "messages", "users"),
                        tables(connection, db.schema()),
                        "round " + round + " after every upgrade");
                assertEquals(
                        List.of("email", "id", "locale", "nickname", "created_at").stream()
                                .sorted()
                                .toList(),
                        columns(connection, db.schema(), "users"),
                        "users after every upgrade");
                assertEquals(
                        List.of("chat_id", "content", "cost", "id", "role", "tokens"),
                        columns(connection, db.schema(), "messages"),
                        "messages after every upgrade");
                for (int i = chain.size() - 1; i >= 0; i--) {
                    run(connection, chain.get(i), op, false);
                }
                assertEquals(List.of(), tables(connection, db.schema()), "round " + round + " after every downgrade");
            }
        }
    }

    /**
     * Runs one migration in a transaction of its own; one that calls {@code op.online()} with auto-commit on, as the
     * runner runs it (PostgreSQL builds an index concurrently only outside a transaction).
     */
    private static void run(Connection connection, Migration m, JdbcOperations op, boolean upgrade) throws Exception {
        boolean online = m.getClass().getSimpleName().contains("OnlineChanges");
        connection.setAutoCommit(online);
        if (upgrade) {
            m.upgrade(op);
        } else {
            m.downgrade(op);
        }
        if (!online) {
            connection.commit();
        }
        connection.setAutoCommit(false);
    }

    private static List<String> tables(Connection connection, String schema) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        TreeSet<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> columns(Connection connection, String schema, String table) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
