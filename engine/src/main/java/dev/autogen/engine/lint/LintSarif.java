package dev.autogen.engine.lint;

import static dev.autogen.engine.lint.JsonText.str;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The report as a SARIF 2.1.0 log: one run of the tool {@code autogen-lint}, every rule in {@code tool.driver.rules}
 * (a result's {@code ruleIndex} is its rule's position), each finding a result located in its migration's file
 * (relative to {@code %SRCROOT%}, the working folder, where it lies under it); a silenced finding carries an
 * {@code inSource} suppression.
 */
final class LintSarif {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private LintSarif() {}

    static String render(LintReport report, Path base) {
        StringBuilder out = new StringBuilder("{\"$schema\":")
                .append(str(SCHEMA))
                .append(",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"autogen-lint\",")
                .append("\"rules\":[");
        LintRule[] rules = LintRule.values();
        for (int i = 0; i < rules.length; i++) {
            LintRule r = rules[i];
            out.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(str(r.id()))
                    .append(",\"name\":")
                    .append(str(r.shortName()))
                    .append(",\"shortDescription\":{\"text\":")
                    .append(str(r.summary()))
                    .append("},\"help\":{\"text\":")
                    .append(str("Fix: " + r.fix()))
                    .append("},\"defaultConfiguration\":{\"level\":")
                    .append(str(r.severity().toString()))
                    .append("}}");
        }
        out.append("]}}");
        if (base != null) {
            out.append(",\"originalUriBaseIds\":{\"")
                    .append(SRCROOT)
                    .append("\":{\"uri\":")
                    .append(str(directoryUri(base)))
                    .append("}}");
        }
        out.append(",\"results\":[");
        for (int i = 0; i < report.findings().size(); i++) {
            LintFinding f = report.findings().get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"ruleId\":")
                    .append(str(f.rule().id()))
                    .append(",\"ruleIndex\":")
                    .append(f.rule().ordinal())
                    .append(",\"level\":")
                    .append(str(f.severity().toString()))
                    .append(",\"message\":{\"text\":")
                    .append(str("Revision " + f.revision() + ", table " + f.table() + ": " + f.detail() + ". Fix: "
                            + f.rule().fix()))
                    .append("},\"locations\":[")
                    .append(location(f, base))
                    .append(']');
            if (f.suppressed()) {
                out.append(",\"suppressions\":[{\"kind\":\"inSource\",\"justification\":")
                        .append(str("// autogen-lint: ignore " + f.rule().id() + " in the migration"))
                        .append("}]");
            }
            out.append(",\"properties\":{\"revision\":")
                    .append(str(f.revision()))
                    .append(",\"table\":")
                    .append(str(f.table()))
                    .append("}}");
        }
        return out.append("],\"properties\":{\"dialect\":")
                .append(str(report.dialect()))
                .append(",\"range\":")
                .append(str(report.range()))
                .append("}}]}")
                .toString();
    }

    private static String location(LintFinding f, Path base) {
        String logical = "\"logicalLocations\":[{\"fullyQualifiedName\":" + str(f.revision() + "/" + f.table())
                + ",\"kind\":\"object\"}]";
        if (f.file() == null) {
            return "{" + logical + "}";
        }
        Optional<Path> relative = LintFormat.relative(f.file(), base);
        String artifact = relative.isPresent()
                ? "{\"uri\":" + str(relativeUri(relative.get())) + ",\"uriBaseId\":\"" + SRCROOT + "\"}"
                : "{\"uri\":"
                        + str(f.file().toAbsolutePath().normalize().toUri().toString()) + "}";
        return "{\"physicalLocation\":{\"artifactLocation\":" + artifact + "}," + logical + "}";
    }

    /** A relative path as a relative URI reference: segments percent-encoded, joined with {@code /}. */
    private static String relativeUri(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path segment : relative) {
            try {
                String encoded = new URI(null, null, segment.toString(), null).getRawPath();
                // a colon in a first segment would read as a scheme
                out.append(out.length() == 0 ? "" : "/").append(encoded.replace(":", "%3A"));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static String directoryUri(Path base) {
        String uri = base.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
