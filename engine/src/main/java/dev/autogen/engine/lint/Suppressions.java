package dev.autogen.engine.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a migration silences: {@code // autogen-lint: ignore AG101 AG301} (ids separated by spaces or commas)
 * anywhere in its source file, usually just above the call it is about. It silences those rules for the whole
 * migration.
 */
final class Suppressions {

    private static final Pattern DIRECTIVE =
            Pattern.compile("autogen-lint:\\s*ignore((?:[\\s,]+[A-Za-z]{2}\\d{3}\\b)+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z]{2}\\d{3}");

    private Suppressions() {}

    /** The rules the file silences; none where there is no file. */
    static Set<LintRule> of(Path file) {
        Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
        if (file == null || !Files.isRegularFile(file)) {
            return rules;
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return rules;
        }
        Matcher directive = DIRECTIVE.matcher(source);
        while (directive.find()) {
            Matcher id = ID.matcher(directive.group(1));
            while (id.find()) {
                LintRule rule = LintRule.byId(id.group());
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }
}
