package dev.autogen.databases.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unnamed check dropped by an offline script on H2, run by H2's own script tool ({@code org.h2.tools.RunScript}):
 * the script finds the name H2 gave it ({@code CONSTRAINT_xx}) by its condition.
 */
class H2CheckScriptTest {

    private static final CheckConstraint KIND = new CheckConstraint(null, "kind between 0 and 2", "kind");
    private static final CheckConstraint NOTE = new CheckConstraint(null, "note != 'it''s'");
    private static final Table JOB = new Table(
            "job",
            List.of(
                    new Column("id", Types.BIGINT, false, null, false),
                    new Column("kind", Types.TINYINT, true, null, false),
                    new Column("note", Types.VARCHAR(20), true, null, false)),
            new PrimaryKey(null, List.of("id")),
            List.of(),
            List.of(),
            List.of(),
            List.of(KIND, NOTE),
            null);

    @TempDir
    Path dir;

    @Test
    void theScriptFindsTheNameH2GaveTheCheck() throws Exception {
        TableLookup model = name -> name.equals("job") ? Optional.of(JOB) : Optional.empty();
        try (Db db = TestDatabases.h2()) {
            execute(
                    db,
                    "create table job (id bigint not null, kind tinyint check (kind between 0 and 2),"
                            + " note varchar(20), primary key (id), check (note != 'it''s'))");
            assertEquals(List.of("\"KIND\" BETWEEN 0 AND 2", "\"NOTE\" <> 'it''s'"), checks(db));

            run(db, H2Dialect.INSTANCE.statements(new DropCheckOp("job", KIND), model));
            assertEquals(List.of("\"NOTE\" <> 'it''s'"), checks(db));
            run(db, H2Dialect.INSTANCE.statements(new DropCheckOp("job", NOTE), model));
            assertEquals(List.of(), checks(db));

            // none left with that condition: the script stops there
            SQLException missing = assertThrows(
                    SQLException.class,
                    () -> run(db, H2Dialect.INSTANCE.statements(new DropCheckOp("job", NOTE), model)));
            assertTrue(
                    missing.getMessage().contains("autogen: no unnamed check constraint with this condition on JOB"),
                    missing::getMessage);
        }
    }

    /** The statements as a script file, through H2's script tool, which stops at the first error. */
    private void run(Db db, List<String> statements) throws Exception {
        Path script = Files.writeString(
                dir.resolve("deploy.sql"), String.join(";\n", statements) + ";\n", StandardCharsets.UTF_8);
        RunScript.execute(db.url(), "", "", script.toString(), StandardCharsets.UTF_8, false);
    }

    private static void execute(Db db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> checks(Db db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select CHECK_CLAUSE from INFORMATION_SCHEMA.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA = 'PUBLIC'"
                                + " order by CHECK_CLAUSE")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
