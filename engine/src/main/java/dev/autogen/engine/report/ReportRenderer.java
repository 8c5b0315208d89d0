package dev.autogen.engine.report;

import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Report} in each {@link ReportFormat}. File names are written relative to a base folder (the working
 * folder) where the file lies under it, with {@code /}.
 */
public final class ReportRenderer {

    /**
     * The version of the JSON report, its {@code "version"} field; the shape is {@code docs/report-schema.json}.
     * Fields are only ever added within a version.
     */
    public static final int JSON_VERSION = 1;

    /** The SARIF 2.1.0 schema a SARIF log names. */
    public static final String SARIF_SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final String SRCROOT = "%SRCROOT%";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportRenderer() {}

    /** The mapper, made when a JSON format is first written (not for text). */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /**
     * The report in {@code format}, ending with a line break.
     *
     * @param base the folder file names are written relative to; null for absolute names
     */
    public static String render(Report report, ReportFormat format, Path base) {
        return switch (format) {
            case TEXT -> lines(report.text());
            case JSON -> Json.MAPPER.writeValueAsString(json(report, base)) + "\n";
            case MARKDOWN -> markdown(report, base);
            case SARIF -> Json.MAPPER.writeValueAsString(sarif(report, base)) + "\n";
            case JUNIT -> junit(report, base);
            case GITHUB -> github(report, base);
        };
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    // ---- JSON ----

    /** The JSON report: {@code version}, {@code command}, {@code failed}, the details, findings, revisions, text. */
    public static ObjectNode json(Report report, Path base) {
        ObjectNode out = NODES.objectNode();
        out.put("version", JSON_VERSION);
        out.put("command", report.command());
        out.put("failed", report.failed());
        out.put("summary", report.summary());
        out.setAll(report.details());
        ArrayNode findings = out.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule().id());
            o.put("name", f.rule().name());
            o.put("severity", f.level().toString());
            o.put("revision", f.revision());
            o.put("revision_message", f.revisionMessage());
            o.put("file", where(f, base).orElse(null));
            o.put("table", f.table());
            o.put("message", f.message());
            o.put("fix", f.fix());
            o.put("suppressed", f.suppressed());
            o.put("failing", f.failing());
        }
        ArrayNode revisions = out.putArray("revisions");
        for (RevisionRow r : report.revisions()) {
            ObjectNode o = revisions.addObject();
            o.put("revision", r.revision());
            r.parents().forEach(o.putArray("parents")::add);
            o.put("message", r.message());
            o.put("file", origin(r.origin(), base));
            r.labels().forEach(o.putArray("labels")::add);
            r.marks().forEach(o.putArray("marks")::add);
        }
        report.notes().forEach(out.putArray("notes")::add);
        report.text().forEach(out.putArray("text")::add);
        return out;
    }

    // ---- SARIF ----

    /**
     * The report as a SARIF 2.1.0 log: one run of the tool {@code autogen-COMMAND}, every rule in
     * {@code tool.driver.rules} (a result's {@code ruleIndex} is its rule's position), each finding a result located in
     * its file (relative to {@code %SRCROOT%}, the base folder, where it lies under it) and logically at
     * {@code revision/table}; a silenced finding carries an {@code inSource} suppression.
     */
    public static ObjectNode sarif(Report report, Path base) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "autogen-" + report.command());
        driver.put("informationUri", "https://github.com/autogen-dev/autogen");
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : report.rules()) {
            ObjectNode o = rules.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.putObject("shortDescription").put("text", r.summary());
            if (r.help() != null) {
                o.putObject("help").put("text", "Fix: " + r.help());
            }
            o.putObject("defaultConfiguration").put("level", r.level().toString());
        }
        if (base != null) {
            run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(base));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode o = results.addObject();
            o.put("ruleId", f.rule().id());
            o.put("ruleIndex", ruleIndex(report, f.rule()));
            o.put("level", f.level().toString());
            o.putObject("message").put("text", sentence(f));
            ObjectNode location = NODES.objectNode();
            if (f.file() != null) {
                Optional<Path> relative = relative(f.file(), base);
                ObjectNode artifact = location.putObject("physicalLocation").putObject("artifactLocation");
                if (relative.isPresent()) {
                    artifact.put("uri", relativeUri(relative.get()));
                    artifact.put("uriBaseId", SRCROOT);
                } else {
                    artifact.put(
                            "uri", f.file().toAbsolutePath().normalize().toUri().toString());
                }
            }
            String logical = logicalName(f);
            if (logical != null) {
                ObjectNode l = location.putArray("logicalLocations").addObject();
                l.put("fullyQualifiedName", logical);
                l.put("kind", "object");
            }
            if (!location.isEmpty()) {
                o.putArray("locations").add(location);
            }
            if (f.suppressed()) {
                o.putArray("suppressions")
                        .addObject()
                        .put("kind", "inSource")
                        .put(
                                "justification",
                                "// autogen-lint: ignore " + f.rule().id() + " in the migration");
            }
            ObjectNode properties = o.putObject("properties");
            properties.put("revision", f.revision());
            properties.put("table", f.table());
            properties.put("failing", f.failing());
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("command", report.command());
        properties.put("failed", report.failed());
        properties.put("summary", report.summary());
        properties.setAll(report.details());
        return log;
    }

    private static int ruleIndex(Report report, Rule rule) {
        for (int i = 0; i < report.rules().size(); i++) {
            if (report.rules().get(i).id().equals(rule.id())) {
                return i;
            }
        }
        throw new IllegalStateException("rule " + rule.id() + " not listed");
    }

    /** {@code Revision R, table T: message. Fix: fix}, leaving out what the finding does not have. */
    static String sentence(Finding f) {
        StringBuilder out = new StringBuilder();
        if (f.revision() != null) {
            out.append("Revision ").append(f.revision());
        }
        if (f.table() != null) {
            out.append(out.length() == 0 ? "Table " : ", table ").append(f.table());
        }
        out.append(out.length() == 0 ? "" : ": ").append(f.message());
        if (f.fix() != null) {
            out.append(". Fix: ").append(f.fix());
        }
        return out.toString();
    }

    private static String logicalName(Finding f) {
        if (f.revision() == null && f.table() == null) {
            return null;
        }
        if (f.revision() == null || f.table() == null) {
            return f.revision() == null ? f.table() : f.revision();
        }
        return f.revision() + "/" + f.table();
    }

    /** A relative path as a relative URI reference: segments percent-encoded, joined with {@code /}. */
    private static String relativeUri(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path segment : relative) {
            try {
                String encoded = new URI(null, null, segment.toString(), null).getRawPath();
                // a colon in a first segment would read as a scheme
                out.append(out.length() == 0 ? "" : "/").append(encoded.replace(":", "%3A"));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static String directoryUri(Path base) {
        String uri = base.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    // ---- JUnit XML ----

    /**
     * The report as one JUnit XML {@code testsuite} (the shape Surefire writes and its readers take): a test case per
     * finding, a {@code failure} where it fails the command, {@code skipped} where it is silenced; with no finding,
     * one test case named after the command, failing where the command fails, its text as {@code system-out}.
     */
    public static String junit(Report report, Path base) {
        List<Finding> findings = report.findings();
        long failures = findings.stream().filter(Finding::failing).count();
        long skipped = findings.stream().filter(Finding::suppressed).count();
        boolean single = findings.isEmpty() || (report.failed() && failures == 0);
        int tests = findings.size() + (single ? 1 : 0);
        if (single && report.failed()) {
            failures++;
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "autogen." + report.command());
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "command", report.command());
            property(xml, "summary", report.summary());
            for (var field : report.details().properties()) {
                JsonNode value = field.getValue();
                if (value.isString() || value.isNumber() || value.isBoolean()) {
                    property(xml, field.getKey(), field.getValue().asString());
                }
            }
            xml.writeEndElement();
            for (Finding f : findings) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", xmlText(testName(f)));
                xml.writeAttribute("classname", "autogen." + report.command());
                xml.writeAttribute("time", "0");
                if (f.failing()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", xmlText(f.message()));
                    xml.writeAttribute("type", f.rule().id());
                    xml.writeCharacters(xmlText(
                            sentence(f) + where(f, base).map(w -> "\nat " + w).orElse("")));
                    xml.writeEndElement();
                } else if (f.suppressed()) {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", xmlText("silenced: " + f.message()));
                    xml.writeEndElement();
                } else {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(xmlText(f.level() + ": " + sentence(f)));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            if (single) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", report.command());
                xml.writeAttribute("classname", "autogen." + report.command());
                xml.writeAttribute("time", "0");
                if (report.failed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", xmlText(report.summary()));
                    xml.writeAttribute("type", report.command());
                    xml.writeCharacters(xmlText(String.join("\n", report.text())));
                    xml.writeEndElement();
                } else {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(xmlText(String.join("\n", report.text())));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("property");
        xml.writeAttribute("name", xmlText(name));
        xml.writeAttribute("value", xmlText(value == null ? "" : value));
        xml.writeEndElement();
    }

    private static String testName(Finding f) {
        StringBuilder out = new StringBuilder(f.rule().id());
        if (f.revision() != null) {
            out.append(" ").append(f.revision());
        }
        if (f.table() != null) {
            out.append(" ").append(f.table());
        }
        return out.append(": ").append(f.message()).toString();
    }

    /** The text without the characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String xmlText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(ok ? c : 0xFFFD);
        });
        return out.toString();
    }

    // ---- Markdown ----

    /**
     * The report in Markdown (GitHub's): a heading with the verdict, the summary, a table of the findings and one of
     * the revisions, the notes, and the text report in a collapsed block.
     */
    public static String markdown(Report report, Path base) {
        List<String> out = new ArrayList<>();
        out.add("### autogen " + report.command() + ": " + (report.failed() ? "failed" : "passed"));
        out.add("");
        out.add(cell(report.summary()));
        if (!report.findings().isEmpty()) {
            out.add("");
            out.add("| Severity | Rule | Revision | Table | Message | File |");
            out.add("| --- | --- | --- | --- | --- | --- |");
            for (Finding f : report.findings()) {
                String message = f.message() + (f.fix() == null ? "" : ". Fix: " + f.fix());
                out.add("| " + f.level() + (f.suppressed() ? " (silenced)" : f.failing() ? " (failing)" : "") + " | "
                        + code(f.rule().id()) + " | " + code(f.revision()) + " | " + code(f.table()) + " | "
                        + cell(message) + " | " + cell(where(f, base).orElse("")) + " |");
            }
        }
        if (!report.revisions().isEmpty()) {
            out.add("");
            out.add("| Revision | Parents | Labels | Marks | Message |");
            out.add("| --- | --- | --- | --- | --- |");
            for (RevisionRow r : report.revisions()) {
                out.add("| " + code(r.revision()) + " | " + cell(String.join(", ", r.parents())) + " | "
                        + cell(String.join(", ", r.labels())) + " | " + cell(String.join(", ", r.marks())) + " | "
                        + cell(r.message() == null ? "" : r.message()) + " |");
            }
        }
        if (!report.notes().isEmpty()) {
            out.add("");
            report.notes().forEach(n -> out.add("- " + cell(n)));
        }
        if (!report.text().isEmpty()) {
            String fence = fence(report.text());
            out.add("");
            out.add("<details><summary>Output</summary>");
            out.add("");
            out.add(fence + "text");
            out.addAll(report.text());
            out.add(fence);
            out.add("");
            out.add("</details>");
        }
        return lines(out);
    }

    private static String code(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return "`" + cell(s).replace("`", "'") + "`";
    }

    /** Text for a table cell or a line: no line breaks, pipes and HTML escaped. */
    private static String cell(String s) {
        return s.replace("\r", " ")
                .replace("\n", " ")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|");
    }

    /** A code fence longer than any run of backticks in the text. */
    private static String fence(List<String> text) {
        int longest = 2;
        Matcher m = Pattern.compile("`+").matcher(String.join("\n", text));
        while (m.find()) {
            longest = Math.max(longest, m.end() - m.start());
        }
        return "`".repeat(longest + 1);
    }

    // ---- GitHub Actions ----

    /**
     * GitHub Actions workflow commands: an {@code ::error}, {@code ::warning} or {@code ::notice} annotation per active
     * finding (with its file where it has one), then the text report. The step summary is
     * {@link #markdown(Report, Path)}.
     */
    public static String github(Report report, Path base) {
        List<String> out = new ArrayList<>();
        for (Finding f : report.active()) {
            String command = switch (f.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(command).append(' ');
            Optional<String> file = f.file() == null ? Optional.empty() : where(f, base);
            file.ifPresent(w -> line.append("file=").append(property(w)).append(','));
            line.append("title=")
                    .append(property(
                            "autogen " + report.command() + " " + f.rule().id()
                                    + (f.rule().name().equals(f.rule().id())
                                            ? ""
                                            : " " + f.rule().name())))
                    .append("::")
                    .append(data(sentence(f)));
            out.add(line.toString());
        }
        out.addAll(report.text());
        return lines(out);
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    // ---- files ----

    /** The finding's file relative to {@code base} where it is under it (with {@code /}), else as it is; or its origin. */
    static Optional<String> where(Finding f, Path base) {
        if (f.file() == null) {
            return Optional.ofNullable(f.origin());
        }
        return Optional.of(relative(f.file(), base)
                .map(Path::toString)
                .map(s -> s.replace('\\', '/'))
                .orElse(f.file().toString()));
    }

    /** A revision's origin: its file relative to {@code base} where it is a file under it, else as it is. */
    static String origin(String origin, Path base) {
        if (origin == null || base == null) {
            return origin;
        }
        try {
            Path path = Path.of(origin);
            return path.isAbsolute()
                    ? relative(path, base)
                            .map(p -> p.toString().replace('\\', '/'))
                            .orElse(origin)
                    : origin;
        } catch (java.nio.file.InvalidPathException e) {
            return origin;
        }
    }

    private static Optional<Path> relative(Path file, Path base) {
        if (base == null) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? Optional.of(root.relativize(absolute)) : Optional.empty();
    }
}
