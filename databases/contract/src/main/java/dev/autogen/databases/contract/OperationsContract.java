package dev.autogen.databases.contract;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.CASCADE;
import static dev.autogen.runtime.Schema.check;
import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.foreignKey;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.to;
import static dev.autogen.runtime.Schema.unique;
import static dev.autogen.runtime.Schema.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.NameMapping;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.Schema;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.exec.MigrationSqlException;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DDL round trip every database module runs: each operation of the runtime's {@link JdbcOperations} on a fresh
 * real database, read back through the database's {@link Database#catalogReader()} with {@link NameMapping} as the
 * live reader does, and the rows kept. A module extends it with its {@link Database} and a fresh test database, and
 * keeps what only its database checks (the exact catalog spelling, its own statements) in its own tests, where the
 * protected {@link #c connection}, {@link #op operations} and {@link #migrate} are at hand.
 *
 * <p>Names are written in lower case, as a migration writes them; read back, they compare without case and quote
 * marks ({@link #plain}), since H2 stores a plain name in upper case.
 */
public abstract class OperationsContract {

    /** The fresh test database of the running test. */
    protected TestDatabases.Db db;
    /** A connection to it, in auto-commit mode unless {@link #prepare} changes that. */
    protected Connection c;
    /** The runtime's operations on {@link #c}. */
    protected JdbcOperations op;

    /** The database under test. */
    protected abstract Database database();

    /** A fresh test database ({@code TestDatabases::sqlite}); the test closes it. */
    protected abstract TestDatabases.Db newDatabase();

    /** Every portable type, each size the databases treat apart included: what {@link #portableTypes} gives by default. */
    protected static final List<ColumnType> EVERY_PORTABLE_TYPE = List.of(
            Types.BOOLEAN,
            Types.TINYINT,
            Types.SMALLINT,
            Types.INTEGER,
            Types.BIGINT,
            Types.REAL,
            Types.DOUBLE,
            Types.FLOAT(10),
            Types.FLOAT(53),
            Types.DECIMAL(12, 2),
            Types.NUMERIC(38, 0),
            Types.CHAR(3),
            Types.VARCHAR(255),
            Types.NCHAR(2),
            Types.NVARCHAR(40),
            Types.VARCHAR(20_000_000),
            Types.TEXT,
            Types.CLOB,
            Types.NCLOB,
            Types.BINARY(16),
            Types.VARBINARY(100),
            Types.LONGVARBINARY,
            Types.BLOB,
            Types.DATE,
            Types.TIME,
            Types.TIME(3),
            Types.TIME_WITH_TIME_ZONE,
            Types.TIMESTAMP,
            Types.TIMESTAMP(3),
            Types.TIMESTAMP_WITH_TIME_ZONE,
            Types.UUID,
            Types.JSON);

    /**
     * The portable types (and raw types of this database) that {@link #everyPortableTypeCreatesAndReadsBackTheSame}
     * creates: {@link #EVERY_PORTABLE_TYPE} unless the database overrides it.
     */
    protected List<ColumnType> portableTypes() {
        return EVERY_PORTABLE_TYPE;
    }

    /** The declared type of each column of {@code table}, in column order, as this database's catalog reports it. */
    protected abstract List<String> declaredTypes(String table) throws SQLException;

    /** Sets up a fresh connection as this database's tests need it (SQLite: foreign keys on). Nothing by default. */
    protected void prepare(Connection connection) throws SQLException {}

    /**
     * Whether {@code table} exists, asked of this database's catalog; by default, whether the catalog reader reads it.
     */
    protected boolean tableExists(String table) throws SQLException {
        return find(table).isPresent();
    }

    protected final Dialect dialect() {
        return database().dialect();
    }

    @BeforeEach
    final void openContractDatabase() throws SQLException {
        db = newDatabase();
        c = db.connect();
        prepare(c);
        op = new JdbcOperations(c, dialect());
    }

    @AfterEach
    final void closeContractDatabase() throws Exception {
        if (c != null) {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
            c.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** A body of DDL and SQL. */
    @FunctionalInterface
    protected interface SqlBody {
        void run() throws SQLException;
    }

    /**
     * Runs {@code body} as a runner does: the dialect's session opened before BEGIN (when the connection is in
     * auto-commit mode), checked before COMMIT, closed after; on failure, rolled back. A connection already in manual
     * commit mode runs {@code body} and commits.
     */
    protected final void migrate(SqlBody body) throws SQLException {
        if (!c.getAutoCommit()) {
            try {
                body.run();
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
            return;
        }
        try (MigrationSession session = dialect().openSession(c)) {
            c.setAutoCommit(false);
            try {
                body.run();
                session.beforeCommit();
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs the statements and, in manual commit mode, commits them. */
    protected final void write(String... statements) throws SQLException {
        exec(c, statements);
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** Asserts that the statement fails (a constraint acts) and, in manual commit mode, rolls back. */
    protected final void assertFails(String statement) throws SQLException {
        assertThrows(SQLException.class, () -> exec(c, statement), statement);
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }

    /** The schema as the live reader reads it: this database's catalog reader, names through {@link NameMapping}. */
    protected final SchemaSnapshot readBack() {
        SchemaSnapshot read = database().catalogReader().read(c, dialect(), LiveReadOptions.defaults());
        return NameMapping.apply(read, dialect()::fromCatalog);
    }

    /** The table named {@code name} ({@link #plain}), as read back. */
    protected final Optional<Table> find(String name) {
        return readBack().tables().stream()
                .filter(t -> plain(t.name()).equals(plain(name)))
                .findFirst();
    }

    protected final Table table(String name) {
        return find(name)
                .orElseThrow(() -> new AssertionError(
                        "no table " + name + " in " + readBack().tables()));
    }

    /** A name as the contract compares it: without its quote mark, in lower case. */
    protected static String plain(String name) {
        return name == null ? null : Identifiers.text(name).toLowerCase(Locale.ROOT);
    }

    protected static List<String> plain(List<String> names) {
        return names.stream().map(OperationsContract::plain).toList();
    }

    protected final String q(String name) {
        return dialect().quote(name);
    }

    private static List<String> columnNames(Table t) {
        return plain(t.columns().stream().map(Column::name).toList());
    }

    private static Column col(Table t, String name) {
        return t.columns().stream()
                .filter(x -> plain(x.name()).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + t));
    }

    private static Optional<ForeignKey> fkNamed(Table t, String name) {
        return t.foreignKeys().stream()
                .filter(f -> name.equals(plain(f.name())))
                .findFirst();
    }

    private static Optional<Index> indexNamed(Table t, String name) {
        return t.indexes().stream().filter(i -> name.equals(plain(i.name()))).findFirst();
    }

    /** Whether {@code t} has a unique constraint named {@code name} on {@code columns} (or a unique index so). */
    private static boolean uniqueOn(Table t, String name, List<String> columns) {
        return t.uniqueConstraints().stream()
                        .anyMatch(u -> name.equals(plain(u.name()))
                                && plain(u.columns()).equals(columns))
                || t.indexes().stream()
                        .anyMatch(i -> i.unique()
                                && name.equals(plain(i.name()))
                                && plain(i.columns()).equals(columns));
    }

    private static boolean hasCheck(Table t, String name) {
        return t.checks().stream().anyMatch(k -> name.equals(plain(k.name())));
    }

    private void orgsAndMembers() throws SQLException {
        migrate(() -> {
            op.createTable(
                    "org",
                    column("id", Types.BIGINT).notNull().identity(),
                    column("name", Types.VARCHAR(100)).notNull(),
                    primaryKey("id"));
            op.createTable(
                    "member",
                    column("id", Types.BIGINT).notNull().identity(),
                    column("org_id", Types.BIGINT).notNull(),
                    column("email", Types.VARCHAR(255)).notNull(),
                    column("status", Types.VARCHAR(20)).notNull().serverDefault("'new'"),
                    column("score", Types.INTEGER),
                    primaryKey("id"),
                    unique("uq_member_email", "email"),
                    foreignKey("fk_member_org", "org_id")
                            .references("org", "id")
                            .onDelete(CASCADE),
                    index("ix_member_score", "score"));
        });
        write(
                "insert into org (name) values ('acme')",
                "insert into org (name) values ('O''Brien Ltd')",
                "insert into member (org_id, email, score) values (1, 'a@x', 1)",
                "insert into member (org_id, email, score) values (1, 'b@x', 2)",
                "insert into member (org_id, email, score) values (2, 'c@x', null)");
    }

    @Test
    public void createTableWithEverythingReadsBackAndActs() throws SQLException {
        orgsAndMembers();
        Table member = table("member");
        assertEquals(List.of("id", "org_id", "email", "status", "score"), columnNames(member));
        assertTrue(col(member, "id").identity(), member.toString());
        assertFalse(col(member, "id").nullable());
        assertFalse(col(member, "email").nullable());
        assertTrue(col(member, "score").nullable());
        assertEquals(
                dialect().canonicalType(Types.VARCHAR(255)),
                dialect().canonicalType(col(member, "email").type()));
        assertEquals(
                dialect().normalizeDefault("'new'"),
                dialect().normalizeDefault(col(member, "status").serverDefault()));
        assertNull(dialect().normalizeDefault(col(member, "score").serverDefault()));
        assertEquals(List.of("id"), plain(member.primaryKey().columns()));
        assertTrue(uniqueOn(member, "uq_member_email", List.of("email")), member.toString());
        ForeignKey fk = fkNamed(member, "fk_member_org").orElseThrow(() -> new AssertionError(member.toString()));
        assertEquals(List.of("org_id"), plain(fk.columns()));
        assertEquals("org", plain(fk.referencedTable()));
        assertEquals(List.of("id"), plain(fk.referencedColumns()));
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        Index ix = indexNamed(member, "ix_member_score").orElseThrow(() -> new AssertionError(member.toString()));
        assertEquals(List.of("score"), plain(ix.columns()));
        assertFalse(ix.unique());

        assertEquals(
                List.of("1|1|a@x|new|1", "2|1|b@x|new|2", "3|2|c@x|new|null"),
                rows(c, "select id, org_id, email, status, score from member order by id"));
        assertFails("insert into member (org_id, email) values (1, 'a@x')");
        assertFails("insert into member (org_id, email) values (99, 'z@x')");
        write("delete from org where id = 2"); // the foreign key acts: deleting the org deletes its members
        assertEquals(List.of(), rows(c, "select id from member where org_id = 2"));
    }

    @Test
    public void columnsComeAndGoReadBackKeepingRows() throws SQLException {
        orgsAndMembers();
        migrate(() -> op.addColumn("member", column("note", Types.VARCHAR(20)).serverDefault("'O''Brien'")));
        assertEquals(
                dialect().normalizeDefault("'O''Brien'"),
                dialect().normalizeDefault(col(table("member"), "note").serverDefault()));
        assertEquals(List.of("O'Brien", "O'Brien", "O'Brien"), rows(c, "select note from member order by id"));

        // widening a varchar keeps the rows
        migrate(() -> op.alterColumn(
                "org",
                "name",
                from(Types.VARCHAR(100)).notNull(),
                to(Types.VARCHAR(200)).notNull()));
        Column name = col(table("org"), "name");
        assertEquals(dialect().canonicalType(Types.VARCHAR(200)), dialect().canonicalType(name.type()));
        assertFalse(name.nullable());
        assertEquals(List.of("1|acme", "2|O'Brien Ltd"), rows(c, "select id, name from org order by id"));

        // default and NOT NULL, once the rows allow it
        write("update member set score = 0 where score is null");
        migrate(() -> op.alterColumn(
                "member",
                "score",
                from(Types.INTEGER),
                to(Types.BIGINT).notNull().serverDefault("7")));
        Column score = col(table("member"), "score");
        assertEquals(dialect().canonicalType(Types.BIGINT), dialect().canonicalType(score.type()));
        assertFalse(score.nullable());
        assertEquals(dialect().normalizeDefault("7"), dialect().normalizeDefault(score.serverDefault()));
        migrate(() ->
                op.alterColumn("member", "score", from(Types.BIGINT).notNull().serverDefault("7"), to(Types.BIGINT)));
        score = col(table("member"), "score");
        assertTrue(score.nullable());
        assertNull(dialect().normalizeDefault(score.serverDefault()));

        migrate(() -> op.dropColumn("member", "note"));
        assertEquals(List.of("id", "org_id", "email", "status", "score"), columnNames(table("member")));
        assertEquals(
                List.of("1|1|a@x|1", "2|1|b@x|2", "3|2|c@x|0"),
                rows(c, "select id, org_id, email, score from member order by id"));
        // the foreign key still acts
        assertFails("insert into member (org_id, email) values (99, 'z@x')");
        write("delete from org where id = 2");
        assertEquals(List.of("1", "2"), rows(c, "select id from member order by id"));
    }

    @Test
    public void settingNotNullOnNullsFailsAndChangesNothing() throws SQLException {
        migrate(() -> op.createTable("t", column("a", Types.INTEGER)));
        write("insert into t values (null)");
        MigrationSqlException e = assertThrows(
                MigrationSqlException.class,
                () -> migrate(() -> op.alterColumn(
                        "t", "a", from(Types.INTEGER), to(Types.INTEGER).notNull())));
        assertTrue(e.getMessage().contains("alter_column"), e.getMessage());
        assertTrue(col(table("t"), "a").nullable());
        assertEquals(List.of("null"), rows(c, "select a from t"));
    }

    @Test
    public void renamesKeepRows() throws SQLException {
        migrate(() -> op.createTable(
                "t", column("id", Types.INTEGER).notNull(), column("a", Types.INTEGER), primaryKey("id")));
        write("insert into t values (1, 10)");
        migrate(() -> {
            op.renameColumn("t", "a", "b");
            op.renameTable("t", "u");
        });
        assertFalse(tableExists("t"));
        assertTrue(tableExists("u"));
        assertEquals(List.of("id", "b"), columnNames(table("u")));
        assertEquals(List.of("1|10"), rows(c, "select id, b from u"));
    }

    @Test
    public void uniqueConstraintsAndIndexesComeAndGo() throws SQLException {
        migrate(() -> op.createTable(
                "t",
                column("id", Types.INTEGER).notNull(),
                column("a", Types.INTEGER),
                column("b", Types.INTEGER),
                primaryKey("id")));
        migrate(() -> op.createUniqueConstraint("t", unique("uq_t_ab", "a", "b")));
        assertTrue(
                uniqueOn(table("t"), "uq_t_ab", List.of("a", "b")), table("t").toString());
        write("insert into t values (1, 1, 1)");
        assertFails("insert into t values (2, 1, 1)");
        migrate(() -> op.dropUniqueConstraint("t", "uq_t_ab"));
        assertFalse(
                uniqueOn(table("t"), "uq_t_ab", List.of("a", "b")), table("t").toString());
        write("insert into t values (2, 1, 1)");

        write("delete from t where id = 2");
        migrate(() -> {
            op.createIndex("t", index("ix_t_b", "b"));
            op.createIndex("t", uniqueIndex("ux_t_ab", "a", "b"));
        });
        Table t = table("t");
        Index ixB = indexNamed(t, "ix_t_b").orElseThrow(() -> new AssertionError(t.toString()));
        assertEquals(List.of("b"), plain(ixB.columns()));
        assertFalse(ixB.unique());
        // a unique index: where the catalog cannot tell it from a unique constraint (MariaDB), read back as one
        assertTrue(uniqueOn(t, "ux_t_ab", List.of("a", "b")), t.toString());
        assertFails("insert into t values (2, 1, 1)");
        migrate(() -> {
            op.dropIndex("t", "ix_t_b");
            op.dropIndex("t", "ux_t_ab");
        });
        assertEquals(List.of(), table("t").indexes());
        assertFalse(
                uniqueOn(table("t"), "ux_t_ab", List.of("a", "b")), table("t").toString());
        write("insert into t values (2, 1, 1)");
        assertEquals(List.of("1|1|1", "2|1|1"), rows(c, "select id, a, b from t order by id"));
    }

    @Test
    public void foreignKeysComeAndGo() throws SQLException {
        migrate(() -> {
            op.createTable("parent", column("id", Types.INTEGER).notNull(), primaryKey("id"));
            op.createTable(
                    "child",
                    column("id", Types.INTEGER).notNull(),
                    column("parent_id", Types.INTEGER),
                    primaryKey("id"));
        });
        write("insert into parent values (1)", "insert into child values (10, 1)");
        migrate(() -> op.createForeignKey(
                "child", foreignKey("fk_child_parent", "parent_id").references("parent", "id")));
        ForeignKey fk = fkNamed(table("child"), "fk_child_parent")
                .orElseThrow(() -> new AssertionError(table("child").toString()));
        assertEquals(List.of("parent_id"), plain(fk.columns()));
        assertEquals("parent", plain(fk.referencedTable()));
        assertEquals(List.of("id"), plain(fk.referencedColumns()));
        assertFails("insert into child values (11, 2)");
        assertFails("delete from parent where id = 1");
        migrate(() -> op.dropForeignKey("child", "fk_child_parent"));
        assertEquals(List.of(), table("child").foreignKeys());
        write("insert into child values (11, 2)");
        assertEquals(List.of("10|1", "11|2"), rows(c, "select id, parent_id from child order by id"));
    }

    @Test
    public void checkConstraintsComeAndGo() throws SQLException {
        migrate(() -> op.createTable("t", column("a", Types.INTEGER), check("ck_t_a", "a > 0")));
        assertTrue(hasCheck(table("t"), "ck_t_a"), table("t").toString());
        assertFails("insert into t values (0)");
        migrate(() -> op.dropCheckConstraint("t", "ck_t_a"));
        assertFalse(hasCheck(table("t"), "ck_t_a"), table("t").toString());
        write("insert into t values (0)");
        migrate(() -> op.createCheckConstraint("t", check("ck_t_a2", "a >= 0")));
        assertTrue(hasCheck(table("t"), "ck_t_a2"), table("t").toString());
        assertFails("insert into t values (-1)");
        migrate(() -> op.dropCheckConstraint("t", "ck_t_a2"));
        assertEquals(List.of(), table("t").checks());
        write("insert into t values (-1)");
        assertEquals(List.of("-1", "0"), rows(c, "select a from t order by a"));
    }

    /** Key words as table, column and index names are quoted wherever they go. */
    @Test
    public void reservedNamesAreQuotedEverywhere() throws SQLException {
        migrate(() -> op.createTable(
                "order",
                column("id", Types.INTEGER).notNull(),
                column("group", Types.VARCHAR(10)),
                primaryKey("id"),
                index("ix_order_group", "group")));
        write("insert into " + q("order") + " values (1, 'a')");
        migrate(() -> {
            op.alterColumn(
                    "order",
                    "group",
                    from(Types.VARCHAR(10)),
                    to(Types.VARCHAR(20)).serverDefault("'x'"));
            op.createUniqueConstraint("order", unique("uq_order_group", "group"));
        });
        Table order = table("order");
        assertEquals(List.of("id", "group"), columnNames(order));
        assertEquals(
                dialect().normalizeDefault("'x'"),
                dialect().normalizeDefault(col(order, "group").serverDefault()));
        assertTrue(uniqueOn(order, "uq_order_group", List.of("group")), order.toString());
        assertEquals(
                List.of("group"),
                plain(indexNamed(order, "ix_order_group")
                        .orElseThrow(() -> new AssertionError(order.toString()))
                        .columns()));
        assertEquals(List.of("1|a"), rows(c, "select id, " + q("group") + " from " + q("order")));
        migrate(() -> op.dropTable("order"));
        assertFalse(tableExists("order"));
    }

    /** Merged from the per-database copies: a dropped table is gone, and {@code execute} runs its SQL. */
    @Test
    public void dropTableAndExecute() throws SQLException {
        migrate(() -> {
            op.createTable("gone", column("a", Types.INTEGER));
            op.execute("insert into gone values (42)");
        });
        assertEquals(List.of("42"), rows(c, "select a from gone"));
        assertTrue(tableExists("gone"));
        migrate(() -> op.dropTable("gone"));
        assertFalse(tableExists("gone"));
        assertTrue(find("gone").isEmpty());
    }

    /**
     * Merged from the per-database copies: every type of {@link #portableTypes} creates a column whose declared type,
     * as this database reports it ({@link #declaredTypes}), parses back to the same canonical type.
     */
    @Test
    public void everyPortableTypeCreatesAndReadsBackTheSame() throws SQLException {
        List<ColumnType> types = portableTypes();
        Schema.TableElement[] columns = new Schema.TableElement[types.size()];
        for (int i = 0; i < types.size(); i++) {
            columns[i] = column("c" + i, types.get(i));
        }
        migrate(() -> op.createTable("all_types", columns));
        List<String> declared = declaredTypes("all_types");
        assertEquals(types.size(), declared.size(), declared.toString());
        Dialect d = dialect();
        for (int i = 0; i < types.size(); i++) {
            assertEquals(
                    d.canonicalType(types.get(i)),
                    d.canonicalType(d.parseType(declared.get(i))),
                    types.get(i) + " declared as " + declared.get(i));
        }
    }

    /** Every type of {@link #portableTypes}, read back by the catalog reader, is the same canonical type. */
    @Test
    public void everyPortableTypeReadsBackTheSameThroughTheCatalogReader() throws SQLException {
        List<ColumnType> types = portableTypes();
        Schema.TableElement[] columns = new Schema.TableElement[types.size()];
        for (int i = 0; i < types.size(); i++) {
            columns[i] = column("c" + i, types.get(i));
        }
        migrate(() -> op.createTable("all_types", columns));
        Table t = table("all_types");
        assertEquals(types.size(), t.columns().size(), t.toString());
        Dialect d = dialect();
        for (int i = 0; i < types.size(); i++) {
            ColumnType read = col(t, "c" + i).type();
            assertEquals(d.canonicalType(types.get(i)), d.canonicalType(read), types.get(i) + " read back as " + read);
        }
    }
}
