package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.autogen.cli.fixtures.shop.Customer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code lint --format sarif} validates against the official SARIF 2.1.0 JSON schema (OASIS, errata 01, kept under
 * {@code src/test/resources/sarif/}); a drop of what the entities still map is {@code AG201}.
 */
class LintFormatsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write("d00000000001", null, "create customer", """
                op.createTable("customer", column("id", BIGINT).notNull(), column("name", VARCHAR(100)).notNull(),
                        column("email", VARCHAR(200)), column("fax", VARCHAR(20)), primaryKey("id"));
                op.createTable("fax_log", column("id", BIGINT).notNull());""", "");
        versions.write("d00000000002", "d00000000001", "drop fax", """
                op.dropColumn("customer", "fax");
                op.dropTable("fax_log");
                op.createIndex("customer", index("idx_customer_name", "name"));""", "");
        versions.write("d00000000003", "d00000000002", "drop email", """
                // autogen-lint: ignore AG301
                op.dropColumn("customer", "email");
                op.execute("ALTER TABLE customer DROP COLUMN name");
                op.execute("DROP TABLE \\"customer\\"");""", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite"})
    void sarifIsValidSarif210(String dialect) throws Exception {
        LintTest.Run run = LintTest.autogen(dir, "lint", "--dialect", dialect, "--format", "sarif");
        assertEquals("", run.err(), run::toString);
        List<Error> errors = sarifSchema().validate(run.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, run.out());
        JsonNode log = new ObjectMapper().readTree(run.out());
        JsonNode sarifRun = log.get("runs").get(0);
        JsonNode results = sarifRun.get("results");
        assertTrue(results.size() > 0, run.out());
        JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
        for (JsonNode result : results) {
            // each result points at its rule, and at its migration's file under %SRCROOT%
            assertEquals(
                    result.get("ruleId"),
                    rules.get(result.get("ruleIndex").asInt()).get("id"));
            JsonNode artifact =
                    result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertTrue(artifact.get("uri").asString().startsWith("migrations/versions/d0000000000"), result::toString);
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").asString());
        }
        // the silenced AG301 is there, with its suppression
        assertTrue(StreamSupport.stream(results.spliterator(), false).anyMatch(r -> r.has("suppressions")), run.out());
    }

    @Test
    void theSchemaCatchesWhatIsNotSarif() {
        String notSarif = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"level\":\"fatal\",\"message\":{\"text\":\"t\"}}]}]}";
        assertFalse(sarifSchema().validate(notSarif, InputFormat.JSON).isEmpty());
    }

    @Test
    void aDropOfWhatTheEntitiesStillMapIsAg201() throws Exception {
        LintTest.Run run = LintTest.autogen(
                dir,
                "lint",
                "--dialect",
                "postgresql",
                "--format",
                "json",
                "--entities",
                testClasses().toString(),
                "--package",
                "dev.autogen.cli.fixtures.shop");
        assertEquals(1, run.code(), run::toString);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(0, report.get("notes").size(), run.out());
        List<String> mapped = StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asString().equals("AG201"))
                .map(f -> f.get("revision").asString() + " " + f.get("message").asString())
                .toList();
        // fax and fax_log are not mapped; email, name and the customer table are
        assertEquals(
                List.of(
                        "d00000000003 drops column customer.email, which the entities still map: the running"
                                + " application fails on it",
                        "d00000000003 op.execute: drops column customer.name, which the entities still map: the"
                                + " running application fails on it",
                        "d00000000003 op.execute: drops table customer, which the entities still map: the running"
                                + " application fails on it"),
                mapped,
                run.out());
    }

    private static Schema sarifSchema() {
        try (InputStream schema = LintFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path testClasses() throws Exception {
        return Path.of(Customer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
