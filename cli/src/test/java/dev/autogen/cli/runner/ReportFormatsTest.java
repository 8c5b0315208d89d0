package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.autogen.cli.Main;
import dev.autogen.cli.fixtures.shop.Customer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every command that reports writes each format, and each validates against its schema: {@code json} against
 * {@code docs/report-schema.json}, {@code sarif} against the OASIS SARIF 2.1.0 schema, {@code junit} against Surefire's
 * {@code surefire-test-report-3.0.xsd} (with the JDK's {@code javax.xml.validation}); {@code markdown} and
 * {@code github} by their shape. The exit code is the same in every format. On SQLite.
 */
class ReportFormatsTest {

    static final List<String> FORMATS = List.of("text", "json", "markdown", "sarif", "junit", "github");

    @TempDir
    static Path dir;

    static String url;

    @BeforeAll
    static void project() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write("e00000000001", null, "create customer", """
                op.createTable("customer", column("id", BIGINT).notNull(), column("name", VARCHAR(100)).notNull(),
                        column("email", VARCHAR(200)), column("fax", VARCHAR(20)), primaryKey("id"));
                op.createTable("fax_log", column("id", BIGINT).notNull());""", "");
        versions.write("e00000000002", "e00000000001", "drop fax", """
                // autogen-lint: ignore AG301
                op.dropColumn("customer", "fax");
                op.dropTable("fax_log");
                op.createIndex("customer", index("idx_customer_name", "name"));""", "");
        url = "jdbc:sqlite:" + dir.resolve("app.db");
        Run up = autogen(dir, Map.of(), "--url", url, "upgrade", "e00000000001");
        assertEquals(0, up.code(), up::toString);
    }

    /** The arguments of each command, with the database and the entities. */
    static List<String> command(String command) {
        List<String> args = new ArrayList<>(List.of(
                "--url", url, "--entities", testClasses().toString(), "--package", "dev.autogen.cli.fixtures.shop"));
        args.add(command);
        if (command.equals("heads")) {
            args.add("--check");
        }
        if (command.equals("lint")) {
            // SQLite rewrites tables; PostgreSQL's findings are errors with files
            args.addAll(List.of("--dialect", "postgresql"));
        }
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "diff", "lint", "history", "current", "heads", "validate"})
    void everyFormatValidates(String command) throws Exception {
        Run text = autogen(dir, Map.of(), command(command).toArray(String[]::new));
        assertEquals("", text.err(), text::toString);
        assertTrue(text.code() == 0 || text.code() == 1, text::toString);
        for (String format : FORMATS) {
            Path summary = dir.resolve("summary-" + command + "-" + format + ".md");
            Run run =
                    autogen(dir, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), with(command, "--format", format));
            assertEquals("", run.err(), run::toString);
            assertEquals(text.code(), run.code(), () -> format + ": exit codes differ\n" + run);
            validate(command, format, run.out(), text.code() == 1);
            if (format.equals("github")) {
                assertGithub(command, run, text, summary);
            } else {
                assertFalse(Files.exists(summary), "only --format github writes the step summary");
            }
            // --output: the report in the format to the file, the text on the standard output
            Path file = dir.resolve("out/" + command + "." + format);
            Run written = autogen(
                    dir, Map.of(), with(command, "--format", format, "--output", "out/" + command + "." + format));
            assertEquals(text.code(), written.code(), written::toString);
            assertEquals(
                    format.equals("github") ? run.out() : text.out(),
                    written.out(),
                    () -> format + " --output prints the text");
            validate(command, format.equals("github") ? "markdown" : format, Files.readString(file), text.code() == 1);
        }
    }

    @Test
    void theExitCodesAreTheCommandsOwn() {
        assertEquals(
                1,
                autogen(dir, Map.of(), command("check").toArray(String[]::new)).code());
        assertEquals(
                0,
                autogen(dir, Map.of(), command("diff").toArray(String[]::new)).code());
        assertEquals(
                0,
                autogen(dir, Map.of(), command("validate").toArray(String[]::new))
                        .code());
        assertEquals(
                0,
                autogen(dir, Map.of(), command("heads").toArray(String[]::new)).code());
    }

    @Test
    void headsCheckFailsOnTwoHeadsInEveryFormat(@TempDir Path branched) throws Exception {
        MigrationSources versions = new MigrationSources(branched.resolve("migrations/versions"));
        versions.write("f00000000001", null, "base", "op.createTable(\"a\", column(\"id\", BIGINT).notNull());", "");
        versions.write(
                "f00000000002", "f00000000001", "left", "op.createTable(\"b\", column(\"id\", BIGINT).notNull());", "");
        versions.write(
                "f00000000003",
                "f00000000001",
                "right",
                "op.createTable(\"c\", column(\"id\", BIGINT).notNull());",
                "");
        assertEquals(0, autogen(branched, Map.of(), "heads").code());
        Run text = autogen(branched, Map.of(), "heads", "--check");
        assertEquals(1, text.code(), text::toString);
        assertTrue(text.out().contains("Failing: 2 heads (f00000000002, f00000000003)"), text::toString);
        for (String format : FORMATS) {
            Path summary = branched.resolve("summary.md");
            Run run = autogen(
                    branched,
                    Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                    "heads",
                    "--check",
                    "--format",
                    format);
            assertEquals(1, run.code(), run::toString);
            validate("heads", format, run.out(), true);
        }
        Run github = autogen(branched, Map.of(), "heads", "--check", "--format", "github");
        assertTrue(github.out().startsWith("::error title=autogen heads multiple-heads::2 heads"), github::toString);
    }

    @Test
    void validateFailsOnAChangedMigrationInEveryFormat(@TempDir Path changed) throws Exception {
        MigrationSources versions = new MigrationSources(changed.resolve("migrations/versions"));
        versions.write("a00000000001", null, "base", "op.createTable(\"a\", column(\"id\", BIGINT).notNull());", "");
        String db = "jdbc:sqlite:" + changed.resolve("app.db");
        assertEquals(0, autogen(changed, Map.of(), "--url", db, "upgrade").code());
        versions.write("a00000000001", null, "base", "op.createTable(\"a\", column(\"id\", INTEGER).notNull());", "");
        for (String format : FORMATS) {
            Run run = autogen(changed, Map.of(), "--url", db, "validate", "--format", format);
            assertEquals(1, run.code(), run::toString);
            validate("validate", format, run.out(), true);
        }
        JsonNode json = new ObjectMapper()
                .readTree(autogen(changed, Map.of(), "--url", db, "validate", "--format", "json")
                        .out());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("checksum-changed", finding.get("rule").asString());
        assertEquals("a00000000001", finding.get("revision").asString());
        assertTrue(finding.get("file").asString().startsWith("migrations/versions/"), json::toString);
    }

    @Test
    void checkLintReportsBoth() throws Exception {
        List<String> args = new ArrayList<>(command("check"));
        args.addAll(List.of("--lint", "--format", "json"));
        Run run = autogen(dir, Map.of(), args.toArray(String[]::new));
        assertEquals(1, run.code(), run::toString);
        validate("check", "json", run.out(), true);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("sqlite", report.get("lint").get("dialect").asString(), run::toString);
        assertTrue(list(report.get("findings")).stream()
                .anyMatch(f -> f.get("rule").asString().equals("drift")));
        assertTrue(report.get("summary").asString().contains(" Lint: "), run::toString);
        args.set(args.size() - 1, "sarif");
        validate(
                "check",
                "sarif",
                autogen(dir, Map.of(), args.toArray(String[]::new)).out(),
                true);
    }

    @Test
    void theJsonSchemaCatchesWhatIsNotAReport() {
        assertFalse(reportSchema()
                .validate(
                        "{\"version\":2,\"command\":\"check\",\"failed\":true,\"summary\":\"\",\"findings\":[],"
                                + "\"revisions\":[],\"text\":[]}",
                        InputFormat.JSON)
                .isEmpty());
        assertFalse(reportSchema()
                .validate(
                        "{\"version\":1,\"command\":\"check\",\"failed\":true,\"summary\":\"\",\"findings\":"
                                + "[{\"severity\":\"fatal\"}],\"revisions\":[],\"text\":[]}",
                        InputFormat.JSON)
                .isEmpty());
    }

    @Test
    void theJunitSchemaCatchesWhatIsNotJunit() {
        assertThrows(
                SAXException.class,
                () -> junitValidator()
                        .validate(new StreamSource(new StringReader("<testsuite name=\"x\"><testcase/></testsuite>"))));
    }

    @Test
    void anUnknownFormatIsOneLine() {
        Run run = autogen(dir, Map.of(), "heads", "--format", "yaml");
        assertEquals(2, run.code(), run::toString);
        assertTrue(
                run.err().contains("expected text, json, markdown, sarif, junit or github but was 'yaml'"),
                run::toString);
    }

    /** {@code out} is a valid report of {@code command} in {@code format}, failed or not. */
    static void validate(String command, String format, String out, boolean failed) throws Exception {
        switch (format) {
            case "json" -> {
                List<Error> errors = reportSchema().validate(out, InputFormat.JSON);
                assertEquals(List.of(), errors, out);
                JsonNode report = new ObjectMapper().readTree(out);
                assertEquals(command, report.get("command").asString());
                assertEquals(failed, report.get("failed").asBoolean(), out);
                assertEquals(1, report.get("version").asInt());
            }
            case "sarif" -> {
                List<Error> errors = sarifSchema().validate(out, InputFormat.JSON);
                assertEquals(List.of(), errors, out);
                JsonNode run = new ObjectMapper().readTree(out).get("runs").get(0);
                JsonNode rules = run.get("tool").get("driver").get("rules");
                for (JsonNode result : run.get("results")) {
                    assertEquals(
                            result.get("ruleId"),
                            rules.get(result.get("ruleIndex").asInt()).get("id"));
                }
            }
            case "junit" -> {
                junitValidator().validate(new StreamSource(new StringReader(out)));
                Element suite = DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new org.xml.sax.InputSource(new StringReader(out)))
                        .getDocumentElement();
                assertEquals("autogen." + command, suite.getAttribute("name"));
                assertEquals(failed, Integer.parseInt(suite.getAttribute("failures")) > 0, out);
            }
            case "markdown" ->
                assertTrue(
                        out.startsWith("### autogen " + command + ": " + (failed ? "failed" : "passed") + "\n"), out);
            case "github" -> {
                Pattern annotation = Pattern.compile("::(error|warning|notice) (file=[^,:]*,)?title=[^:,]*::[^\\n]+");
                out.lines()
                        .filter(line -> line.startsWith("::"))
                        .forEach(line -> assertTrue(annotation.matcher(line).matches(), line));
                assertEquals(failed, out.lines().anyMatch(line -> line.startsWith("::error ")), out);
            }
            case "text" -> assertFalse(out.startsWith("{"), out);
            default -> throw new AssertionError(format);
        }
    }

    private static void assertGithub(String command, Run run, Run text, Path summary) throws Exception {
        // the annotations, then the text as it is
        assertTrue(run.out().endsWith(text.out()), run::toString);
        String markdown = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("### autogen " + command + ": "), markdown);
        // appended: a second run adds a second summary
        autogen(dir, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), with(command, "--format", "github"));
        String twice = Files.readString(summary, StandardCharsets.UTF_8);
        assertEquals(markdown + markdown, twice);
        if (command.equals("lint")) {
            // the lint findings point at the migration's file; the silenced one is no annotation
            assertTrue(run.out().contains("::error file=migrations/versions/"), run::toString);
            assertFalse(run.out().contains("AG301"), run::toString);
        }
    }

    private static String[] with(String command, String... more) {
        List<String> args = new ArrayList<>(command(command));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static Schema reportSchema() {
        try (InputStream schema = Files.newInputStream(root().resolve("docs/report-schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Schema sarifSchema() {
        try (InputStream schema = ReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Validator junitValidator() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReportFormatsTest.class.getResource("/junit/surefire-test-report-3.0.xsd"))
                .newValidator();
    }

    /** The checkout's root folder (this module's parent). */
    static Path root() {
        return testClasses().getParent().getParent().getParent();
    }

    static Path testClasses() {
        try {
            return Path.of(Customer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + err;
        }
    }

    static Run autogen(Path workingDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(args, new HashMap<>(env), workingDir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
