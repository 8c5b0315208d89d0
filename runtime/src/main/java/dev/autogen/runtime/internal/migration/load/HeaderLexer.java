package dev.autogen.runtime.internal.migration.load;

/**
 * The tokens of Java source that {@link RevisionHeaderReader} needs, on demand: identifiers, string literals (escapes
 * and text blocks interpreted), punctuation; numbers and characters only skipped. White space and comments are
 * skipped, and code the header does not need (method bodies, initializers) is skipped character by character
 * ({@link #skipBlock}) without making tokens of it.
 */
final class HeaderLexer {

    enum Kind {
        IDENT,
        STRING,
        CHAR,
        NUMBER,
        PUNCT,
        EOF
    }

    /** One token; {@code text} is an identifier, a string's value, or the punctuation character. */
    record Token(Kind kind, String text) {

        boolean is(char punct) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == punct;
        }

        boolean isWord(String word) {
            return kind == Kind.IDENT && text.equals(word);
        }
    }

    /** Java translates {@code \}{@code uXXXX} before anything else, wherever it appears (JLS 3.3). */
    static String unicodeEscapes(String text) throws UnreadableHeaderException {
        int first = text.indexOf("\\u");
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            // an escape only when the backslash is not itself escaped: count the run of backslashes
            int run = i;
            while (run < n && text.charAt(run) == '\\') {
                run++;
            }
            int backslashes = run - i;
            if (run >= n || text.charAt(run) != 'u' || backslashes % 2 == 0) {
                out.append(text, i, run);
                i = run;
                continue;
            }
            out.append(text, i, run - 1); // the escaped pairs before the last backslash
            int j = run;
            while (j < n && text.charAt(j) == 'u') {
                j++;
            }
            if (j + 4 > n) {
                throw new UnreadableHeaderException("a malformed Unicode escape");
            }
            try {
                out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
            } catch (NumberFormatException e) {
                throw new UnreadableHeaderException("a malformed Unicode escape");
            }
            i = j + 4;
        }
        return out.toString();
    }

    /** Punctuation tokens, one per ASCII character, made once. */
    private static final Token[] PUNCTUATION = new Token[128];

    static {
        for (char c = 0; c < 128; c++) {
            PUNCTUATION[c] = new Token(Kind.PUNCT, String.valueOf(c));
        }
    }

    static final Token EOF = new Token(Kind.EOF, "");

    private static final boolean[] IDENT_START = new boolean[128];
    private static final boolean[] IDENT_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            IDENT_START[c] = Character.isJavaIdentifierStart(c);
            IDENT_PART[c] = Character.isJavaIdentifierPart(c);
        }
    }

    private static boolean identStart(char c) {
        return c < 128 ? IDENT_START[c] : Character.isJavaIdentifierStart(c);
    }

    private static boolean identPart(char c) {
        return c < 128 ? IDENT_PART[c] : Character.isJavaIdentifierPart(c);
    }

    private final char[] cs;
    private int pos;

    HeaderLexer(String text) {
        this.cs = text.toCharArray();
    }

    private boolean triple(int at) {
        return at + 2 < cs.length && cs[at] == '"' && cs[at + 1] == '"' && cs[at + 2] == '"';
    }

    /** Where the comment that starts before {@code from} ends ({@code *}{@code /}), or -1. */
    private int commentEnd(int from) {
        for (int k = from; k + 1 < cs.length; k++) {
            if (cs[k] == '*' && cs[k + 1] == '/') {
                return k;
            }
        }
        return -1;
    }

    /** Skips white space and comments; false at the end of the text. */
    private boolean skipSpace() throws UnreadableHeaderException {
        int n = cs.length;
        while (pos < n) {
            char c = cs[pos];
            if (c == ' '
                    || c == '\n'
                    || c == '\t'
                    || c == '\r'
                    || c == '\f'
                    || c == '\u001a'
                    || c > 127 && Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < n && cs[pos + 1] == '/') {
                while (pos < n && cs[pos] != '\n' && cs[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < n && cs[pos + 1] == '*') {
                int end = commentEnd(pos + 2);
                if (end < 0) {
                    throw new UnreadableHeaderException("a comment that is not closed");
                }
                pos = end + 2;
            } else {
                return true;
            }
        }
        return false;
    }

    Token next() throws UnreadableHeaderException {
        if (!skipSpace()) {
            return EOF;
        }
        int n = cs.length;
        char c = cs[pos];
        if (c == '"') {
            return triple(pos) ? textBlock() : string();
        }
        if (c == '\'') {
            character();
            return new Token(Kind.CHAR, "");
        }
        if (identStart(c)) {
            int start = pos;
            while (pos < n && identPart(cs[pos])) {
                pos++;
            }
            return new Token(Kind.IDENT, new String(cs, start, pos - start));
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && Character.isDigit(cs[pos + 1])) {
            // only skipped (a header never holds a number), so its exact extent does not matter
            int start = pos;
            while (pos < n && (Character.isLetterOrDigit(cs[pos]) || cs[pos] == '_' || cs[pos] == '.')) {
                pos++;
            }
            return new Token(Kind.NUMBER, new String(cs, start, pos - start));
        }
        pos++;
        return c < 128 ? PUNCTUATION[c] : new Token(Kind.PUNCT, String.valueOf(c));
    }

    /**
     * Skips to the {@code close} that matches an {@code open} already read, at {@code depth} (1 right after it),
     * over strings, characters, text blocks and comments, without making tokens.
     */
    void skipBlock(char open, char close, int depth) throws UnreadableHeaderException {
        int n = cs.length;
        while (depth > 0) {
            if (!skipSpace()) {
                throw new UnreadableHeaderException("a '" + open + "' that is not closed");
            }
            char c = cs[pos];
            if (c == '"') {
                if (triple(pos)) {
                    skipTextBlock();
                } else {
                    skipString();
                }
            } else if (c == '\'') {
                character();
            } else {
                if (c == open) {
                    depth++;
                } else if (c == close) {
                    depth--;
                }
                pos++;
                if (identPart(c)) { // a whole word at once
                    while (pos < n && identPart(cs[pos])) {
                        pos++;
                    }
                }
            }
        }
    }

    private Token string() throws UnreadableHeaderException {
        int start = pos + 1;
        skipString();
        return new Token(Kind.STRING, escapes(new String(cs, start, pos - 1 - start)));
    }

    /** Past a string literal; {@code pos} at its opening quote. */
    private void skipString() throws UnreadableHeaderException {
        pos++;
        int n = cs.length;
        while (true) {
            if (pos >= n || cs[pos] == '\n' || cs[pos] == '\r') {
                throw new UnreadableHeaderException("a string literal that is not closed");
            }
            char c = cs[pos];
            if (c == '\\') {
                pos += 2;
            } else if (c == '"') {
                pos++;
                return;
            } else {
                pos++;
            }
        }
    }

    private void character() throws UnreadableHeaderException {
        int n = cs.length;
        pos++;
        while (true) {
            if (pos >= n || cs[pos] == '\n') {
                throw new UnreadableHeaderException("a character literal that is not closed");
            }
            char c = cs[pos];
            if (c == '\\') {
                pos += 2;
            } else if (c == '\'') {
                pos++;
                return;
            } else {
                pos++;
            }
        }
    }

    /** A text block (JLS 3.10.6): the opening line ends after {@code """}; indentation stripped, then escapes. */
    private Token textBlock() throws UnreadableHeaderException {
        int[] content = skipTextBlock();
        String raw = new String(cs, content[0], content[1] - content[0]);
        // the JLS order: line terminators normalised and incidental white space stripped (both stripIndent), then
        // escape sequences interpreted
        return new Token(Kind.STRING, escapes(raw.stripIndent()));
    }

    /** Past a text block; {@code pos} at its opening quotes. Returns where its content starts and ends. */
    private int[] skipTextBlock() throws UnreadableHeaderException {
        int n = cs.length;
        pos += 3;
        while (pos < n && (cs[pos] == ' ' || cs[pos] == '\t' || cs[pos] == '\f')) {
            pos++;
        }
        if (pos < n && cs[pos] == '\r') {
            pos++;
            if (pos < n && cs[pos] == '\n') {
                pos++;
            }
        } else if (pos < n && cs[pos] == '\n') {
            pos++;
        } else {
            throw new UnreadableHeaderException("a text block whose opening \"\"\" is not followed by a line break");
        }
        int start = pos;
        while (true) {
            if (pos >= n) {
                throw new UnreadableHeaderException("a text block that is not closed");
            }
            char c = cs[pos];
            if (c == '\\') {
                pos += 2;
            } else if (triple(pos)) {
                pos += 3;
                return new int[] {start, pos - 3};
            } else {
                pos++;
            }
        }
    }

    private static String escapes(String raw) throws UnreadableHeaderException {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try {
            return raw.translateEscapes();
        } catch (IllegalArgumentException e) {
            throw new UnreadableHeaderException("an invalid escape sequence in a string");
        }
    }
}
