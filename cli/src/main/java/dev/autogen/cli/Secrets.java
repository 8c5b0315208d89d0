package dev.autogen.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of everything Autogen prints. */
public final class Secrets {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)(?!\\*\\*\\*)([^&;\\s]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^:/@\\s]+:)([^@/\\s]+)(@)");

    private Secrets() {}

    /**
     * {@code text} with the given password and any password in a URL replaced by {@code ***}. Masking twice changes
     * nothing more ({@code password=***:} keeps its colon).
     */
    public static String mask(String text, String password) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "***");
        }
        out = URL_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
        return USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(3)));
    }
}
