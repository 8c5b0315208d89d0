package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line run in-process in a test's folder, and rows read back, for the runner's tests. */
final class InProcess {

    private InProcess() {}

    /** What one run printed. */
    record Result(String out, String err) {}

    /** Runs {@code autogen --url URL ARGS...} in {@code dir}, which must exit with {@code code}. */
    static Result run(Path dir, String url, int code, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int actual = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(code, actual, () -> String.join(" ", all) + "\n" + out + err);
        return new Result(out.toString(), err.toString());
    }

    /** Each row of {@code sql}, its columns joined with a space. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join(" ", row));
            }
        }
        return out;
    }
}
