package dev.autogen.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each format does with awkward text: escapes, files relative to the base, silenced findings. */
class ReportRendererTest {

    static final Rule RULE = new Rule("AG999", "odd", "An odd thing", "do, then: redo", Level.ERROR);
    static final Path BASE = Path.of("/work/project");

    static Report report() {
        Finding failing = new Finding(
                RULE,
                Level.ERROR,
                "abc123",
                "add | pipes",
                BASE.resolve("migrations/versions/a, b.java"),
                null,
                "t",
                "50% done\nsecond line, with a \u0001 control <b>",
                RULE.help(),
                false,
                true);
        Finding silenced =
                new Finding(RULE, Level.WARNING, "abc124", null, null, "com.acme.M", "u", "quiet", null, true, false);
        return Report.of("lint", true, List.of("Lint: something", "Failing: 1"), List.of(failing, silenced));
    }

    @Test
    void githubEscapesDataAndProperties() {
        String out = ReportRenderer.render(report(), ReportFormat.GITHUB, BASE);
        List<String> lines = out.lines().toList();
        assertEquals(
                "::error file=migrations/versions/a%2C b.java,title=autogen lint AG999 odd::Revision abc123, table t:"
                        + " 50%25 done%0Asecond line, with a \u0001 control <b>. Fix: do, then: redo",
                lines.get(0));
        // the silenced finding is no annotation; the text follows
        assertEquals(List.of("Lint: something", "Failing: 1"), lines.subList(1, lines.size()));
    }

    @Test
    void junitDropsWhatXmlCannotHold() {
        String xml = ReportRenderer.render(report(), ReportFormat.JUNIT, BASE);
        assertFalse(xml.contains("\u0001"), xml);
        assertTrue(xml.contains("tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\""), xml);
        assertTrue(xml.contains("&lt;b"), xml);
    }

    @Test
    void markdownCellsHoldOneLineAndNoPipes() {
        String md = ReportRenderer.render(report(), ReportFormat.MARKDOWN, BASE);
        assertTrue(md.startsWith("### autogen lint: failed\n"), md);
        assertTrue(md.contains("| error (failing) | `AG999` | `abc123` | `t` | 50% done second line"), md);
        assertTrue(md.contains("| warning (silenced) |"), md);
        assertTrue(md.contains("| migrations/versions/a, b.java |"), md);
    }

    @Test
    void jsonNamesFilesRelativeToTheBaseAndOriginsOtherwise() {
        var json = ReportRenderer.json(report(), BASE);
        assertEquals(1, json.get("version").asInt());
        assertEquals(
                "migrations/versions/a, b.java",
                json.get("findings").get(0).get("file").asString());
        assertEquals("com.acme.M", json.get("findings").get(1).get("file").asString());
        assertTrue(json.get("findings").get(1).get("suppressed").asBoolean());
    }

    @Test
    void sarifListsEachRuleOnce() {
        var sarif = ReportRenderer.sarif(report(), BASE);
        var run = sarif.get("runs").get(0);
        assertEquals(1, run.get("tool").get("driver").get("rules").size());
        assertEquals(
                "migrations/versions/a,%20b.java",
                run.get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
        assertTrue(run.get("results").get(1).has("suppressions"));
    }
}
