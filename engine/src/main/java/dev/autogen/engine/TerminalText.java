package dev.autogen.engine;

import dev.autogen.core.sql.ControlCharacters;

/**
 * Text from migrations (messages, file contents) made safe for a terminal: a message holding ESC could clear the screen,
 * rewrite the window title or hide the lines before it, and a carriage return could overwrite what was printed. Control
 * characters become visible escapes; tabs stay.
 */
public final class TerminalText {

    private TerminalText() {}

    /**
     * {@code text} with each control character (C0 but the tab, DEL, C1), line or paragraph separator and bidirectional
     * override written as an escape: {@code \r}, {@code \n}, {@code \u001b}.
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        return ControlCharacters.escape(text, c -> unsafe((char) c));
    }

    /** Each line of {@code text} escaped, line breaks kept. */
    public static String escapeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.lines().forEach(line -> out.append(escape(line)).append('\n'));
        return text.endsWith("\n") || text.endsWith("\r")
                ? out.toString()
                : out.substring(0, Math.max(0, out.length() - 1));
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
