package dev.autogen.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text safe inside Java comments. javac reads {@code \}{@code u} escapes everywhere, comments included, and a
 * line break ends a {@code //} comment; in Javadoc, {@code *}{@code /} ends the comment and the text is HTML.
 */
final class Comments {

    private Comments() {}

    /** Text for one {@code //} line: line breaks and control characters become visible escapes. */
    static String line(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\\' -> {
                    // An odd run of backslashes before 'u' would start a Unicode escape: double this backslash.
                    sb.append(c);
                    if (i + 1 < text.length() && text.charAt(i + 1) == 'u' && oddRunEndingAt(text, i)) {
                        sb.append('\\');
                    }
                }
                default -> sb.append(Character.isISOControl(c) || isLineSeparator(c) ? '?' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Javadoc lines for free text (a message): one line per line of text, HTML-escaped, with blank lines at either
     * end removed. Never empty: an empty text gives one empty line.
     */
    static List<String> docLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            lines.add(doc(raw).stripTrailing());
        }
        while (lines.size() > 1 && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** One Javadoc line: HTML-escaped, no comment terminator, no Unicode escape, no tag, no line break. */
    static String doc(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\t' -> sb.append(' ');
                case '\\' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == 'u' ? "&#92;" : "\\");
                // '@' opens a block tag at the start of a line and an inline tag after '{'
                case '@' -> sb.append(sb.toString().isBlank() || endsWith(sb, '{') ? "&#64;" : "@");
                default -> sb.append(Character.isISOControl(c) || isLineSeparator(c) ? ' ' : c);
            }
        }
        return sb.toString().replace("*/", "*&#47;");
    }

    private static boolean endsWith(StringBuilder sb, char c) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == c;
    }

    private static boolean oddRunEndingAt(String text, int index) {
        int run = 0;
        for (int j = index; j >= 0 && text.charAt(j) == '\\'; j--) {
            run++;
        }
        return run % 2 == 1;
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
