package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The identifiers a SQL condition mentions, for naming what it constrains. */
final class SqlNames {

    /** A string literal (skipped), a quoted identifier or a bare word. */
    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|`([^`]*)`|([A-Za-z_][A-Za-z0-9_$]*)");

    private SqlNames() {}

    /** Quoted identifiers as written, bare words as the dialect folds them; key words and functions included. */
    static Set<String> mentioned(String expression, SchemaDialect dialect) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(expression);
        while (m.find()) {
            if (m.group(1) != null) {
                found.add(m.group(1).replace("\"\"", "\""));
            } else if (m.group(2) != null) {
                found.add(m.group(2));
            } else if (m.group(3) != null) {
                found.add(dialect.foldIdentifier(m.group(3)));
            }
        }
        return found;
    }
}
