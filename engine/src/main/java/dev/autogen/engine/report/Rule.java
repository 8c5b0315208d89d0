package dev.autogen.engine.report;

import java.util.Objects;

/**
 * A kind of finding: {@code AG101} for a lint rule, {@code drift}, {@code checksum-changed}, {@code multiple-heads}.
 *
 * @param id the id findings name ({@code ruleId} in SARIF)
 * @param name a short name ({@code index-build}), or the id
 * @param summary one sentence
 * @param help what to do, or null
 * @param level the level its findings have by default
 */
public record Rule(String id, String name, String summary, String help, Level level) {

    public Rule {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        summary = summary == null ? id : summary;
        Objects.requireNonNull(level, "level");
    }
}
