package dev.autogen.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.ConversionClass;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.Safety;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every conversion's class is what the database really does to stored values: for each conversion, a row that
 * exercises it is inserted and the column's type changed as a migration changes it. A value that changed means the
 * class must be DESTRUCTIVE (lossy but succeeds: {@code check --fail-on destructive} must catch it); a statement that
 * failed means DATA_DEPENDENT; an unchanged value allows SAFE or DATA_DEPENDENT, never DESTRUCTIVE. The session's
 * time zone is +05:00, so that a conversion that applies it shows.
 */
class ConversionClassTest {

    /** One conversion and the value that exercises it, as a SQL literal. */
    record Case(String name, ColumnType from, ColumnType to, String literal) {}

    static final List<Case> CASES = List.of(
            new Case("double to integer", Types.DOUBLE, Types.INTEGER, "1.5"),
            new Case("decimal(12,6) to decimal(8,2)", Types.DECIMAL(12, 6), Types.DECIMAL(8, 2), "1.234567"),
            new Case("numeric(12,6) to decimal(8,2)", Types.NUMERIC(12, 6), Types.DECIMAL(8, 2), "1.234567"),
            new Case("decimal(12,2) to decimal(4,2), too large", Types.DECIMAL(12, 2), Types.DECIMAL(4, 2), "12345.67"),
            new Case("decimal(12,2) to integer", Types.DECIMAL(12, 2), Types.INTEGER, "2.5"),
            new Case("double to real", Types.DOUBLE, Types.REAL, "0.1"),
            new Case(
                    "varchar(255) to varchar(10)",
                    Types.VARCHAR(255),
                    Types.VARCHAR(10),
                    "'this value is longer than ten'"),
            new Case("varchar(255) to integer", Types.VARCHAR(255), Types.INTEGER, "'abc'"),
            new Case("bigint to integer, out of range", Types.BIGINT, Types.INTEGER, "3000000000"),
            new Case("integer to bigint", Types.INTEGER, Types.BIGINT, "5"),
            new Case("decimal(8,2) to decimal(12,6)", Types.DECIMAL(8, 2), Types.DECIMAL(12, 6), "1.25"),
            new Case("varchar(10) to varchar(255)", Types.VARCHAR(10), Types.VARCHAR(255), "'abc'"),
            new Case("timestamp(6) to timestamp(0)", Types.TIMESTAMP(6), Types.TIMESTAMP(0), "'2020-01-01 12:00:00.7'"),
            new Case("timestamp(6) to date", Types.TIMESTAMP(6), Types.DATE, "'2020-01-01 12:00:00'"),
            new Case(
                    "timestamp with time zone to timestamp",
                    Types.TIMESTAMP_WITH_TIME_ZONE(6),
                    Types.TIMESTAMP(6),
                    "TIMESTAMP WITH TIME ZONE '2020-01-01 12:00:00+00:00'"),
            new Case("enum gains a value", Types.ENUM("A", "B"), Types.ENUM("A", "B", "C"), "'B'"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void everyConversionIsClassedByWhatTheDatabaseDoes(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        List<String> measured = new ArrayList<>();
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            zone(kind, c);
            int n = 0;
            for (Case k : CASES) {
                if (dialect.canonicalType(k.from()).equals(dialect.canonicalType(k.to()))) {
                    measured.add(k.name() + ": same type here");
                    continue; // one type on this database (MariaDB keeps both timestamps in datetime): no conversion
                }
                String table = "conv" + n++;
                String column = dialect.foldIdentifier("v");
                String id = dialect.foldIdentifier("id");
                apply(
                        dialect,
                        c,
                        new CreateTableOp(new Table(
                                dialect.foldIdentifier(table),
                                List.of(
                                        new Column(id, Types.INTEGER, false, null, false),
                                        new Column(column, k.from(), true, null, false)),
                                new PrimaryKey(null, List.of(id)),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null)));
                String literal =
                        kind.equals("sqlite") ? k.literal().replace("TIMESTAMP WITH TIME ZONE ", "") : k.literal();
                try (Statement s = c.createStatement()) {
                    s.execute("insert into " + table + " (id, v) values (1, " + literal + ")");
                }
                String before = read(c, table, k.from());
                ConversionClass expected = dialect.classifyConversion(k.from(), k.to());
                String outcome;
                try {
                    apply(
                            dialect,
                            c,
                            new AlterColumnOp(
                                    dialect.foldIdentifier(table),
                                    column,
                                    new ColumnState(k.from(), true, null),
                                    new ColumnState(k.to(), true, null)));
                    String after = read(c, table, k.to());
                    outcome = before.equals(after) ? "unchanged" : "changed " + before + " -> " + after;
                } catch (SQLException e) {
                    outcome = "failed";
                }
                measured.add(k.name() + ": " + outcome + ", classed " + expected.safety());
                String what = kind + " " + k.name() + " " + outcome;
                if (outcome.equals("failed")) {
                    assertEquals(Safety.DATA_DEPENDENT, expected.safety(), what);
                } else if (outcome.startsWith("changed")) {
                    assertEquals(Safety.DESTRUCTIVE, expected.safety(), what);
                } else {
                    assertNotEquals(Safety.DESTRUCTIVE, expected.safety(), what);
                }
            }
        }
        System.out.println(kind + ":\n  " + String.join("\n  ", measured));
    }

    private static void zone(String kind, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (kind) {
                case "postgresql" -> s.execute("set time zone '+05:00'");
                case "h2" -> s.execute("set time zone '+05:00'");
                case "mariadb" -> s.execute("set time_zone = '+05:00'");
                default -> {}
            }
        }
    }

    private static void apply(Dialect dialect, Connection c, Operation op) throws SQLException {
        SqlSink sink = new SqlSink() {
            @Override
            public void run(String sql) throws SQLException {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }

            @Override
            public boolean executes() {
                return true;
            }
        };
        dialect.apply(op, c, sink);
    }

    /**
     * The stored value in a comparable form: numbers by value (a float by its exact binary value), a zoned timestamp
     * as its instant and a plain one as the instant it is in UTC, anything else as text.
     */
    private static String read(Connection c, String table, ColumnType type) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from " + table)) {
            rs.next();
            switch (type.kind()) {
                case TIMESTAMP_WITH_TIME_ZONE -> {
                    Object raw = rs.getObject(1);
                    return raw instanceof String
                            ? raw.toString()
                            : rs.getObject(1, OffsetDateTime.class).toInstant().toString();
                }
                case TIMESTAMP -> {
                    Object raw = rs.getObject(1);
                    return raw instanceof String
                            ? raw.toString()
                            : rs.getObject(1, LocalDateTime.class)
                                    .toInstant(ZoneOffset.UTC)
                                    .toString();
                }
                case DATE -> {
                    Object raw = rs.getObject(1);
                    return raw instanceof String
                            ? raw.toString()
                            : rs.getObject(1, java.time.LocalDate.class)
                                    .atStartOfDay()
                                    .toInstant(ZoneOffset.UTC)
                                    .toString();
                }
                default -> {
                    Object value = rs.getObject(1);
                    if (value instanceof BigDecimal d) {
                        return d.stripTrailingZeros().toPlainString();
                    }
                    if (value instanceof Number number) {
                        return new BigDecimal(number instanceof Float f ? (double) f : number.doubleValue())
                                .stripTrailingZeros()
                                .toPlainString();
                    }
                    return String.valueOf(value);
                }
            }
        }
    }
}
