package dev.autogen.runtime.secret;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of messages: a {@code password=} parameter, the password of a URL's user information
 * ({@code postgres://user:pw@host}), and any password known to the caller are replaced by {@code ***}.
 */
public final class Redaction {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)(?!\\*\\*\\*)([^&;\\s]*)");

    /**
     * {@code scheme://user:} then anything up to the last {@code @} of the word: an unencoded {@code /}, {@code ?} or
     * {@code @} in the password must not end the match early and leave a part of it printed.
     */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\\s]*:)(?!\\*\\*\\*@)\\S*@");

    /** A {@code password=} parameter of one whole URL: its value runs to the next parameter, spaces included. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)password=([^&;]*)");

    /** The user information of one whole URL: up to its last {@code @}. */
    private static final Pattern USER_INFO_IN_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.:-]*://[^:/?#@]*:(.*)@");

    private Redaction() {}

    /**
     * The passwords written in {@code url} ({@code password=...}, {@code user:...@}), as written and %-decoded, so that
     * they can be masked wherever they appear later: in a driver's message, a space or '/' in them ends no match.
     */
    public static List<String> passwordsIn(String url) {
        List<String> found = new ArrayList<>();
        if (url == null) {
            return found;
        }
        Matcher query = PASSWORD_IN_URL.matcher(url);
        while (query.find()) {
            add(found, query.group(1));
        }
        Matcher info = USER_INFO_IN_URL.matcher(url);
        // host:port/db?... is no user information: the '@' is then in a parameter
        if (found.isEmpty() && info.find() && !info.group(1).matches("\\d+([/?].*)?")) {
            add(found, info.group(1));
        }
        return found;
    }

    /** The secrets to mask for a URL and a password given on their own. */
    public static String[] secrets(String url, String password) {
        List<String> all = passwordsIn(url);
        add(all, password);
        return all.toArray(String[]::new);
    }

    private static void add(List<String> found, String secret) {
        if (secret == null || secret.isEmpty() || secret.equals("***")) {
            return;
        }
        found.add(secret);
        try {
            String decoded = java.net.URLDecoder.decode(secret.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            if (!decoded.equals(secret)) {
                found.add(decoded);
            }
        } catch (IllegalArgumentException notEncoded) {
            // a '%' not followed by two hex digits: the text is the password
        }
    }

    /**
     * {@code text} with every password in a URL and each of {@code known} (null or empty ones ignored) replaced by
     * {@code ***}. Masking twice changes nothing more.
     */
    public static String mask(String text, String... known) {
        if (text == null) {
            return null;
        }
        String out = text;
        // the longest first: a password that holds another one must not leave its rest behind
        String[] ordered = known.clone();
        java.util.Arrays.sort(ordered, java.util.Comparator.comparingInt((String k) -> k == null ? 0 : k.length()).reversed());
        for (String secret : ordered) {
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, "***");
            }
        }
        out = URL_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
        return USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@"));
    }

    /**
     * {@code e} itself when neither its message nor a cause's holds a secret; otherwise a copy of the chain whose
     * messages are {@link #mask masked}, with the same classes named and the same stack traces (drivers put the URL,
     * password included, into their messages).
     */
    public static SQLException mask(SQLException e, String... known) {
        if (!holdsSecret(e, known)) {
            return e;
        }
        SQLException copy = new SQLException(mask(e.getMessage(), known), e.getSQLState(), e.getErrorCode(), masked(e.getCause(), known));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static boolean holdsSecret(Throwable e, String... known) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(mask(message, known))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable masked(Throwable e, String... known) {
        if (e == null) {
            return null;
        }
        Throwable copy = new Masked(e.getClass().getName() + ": " + mask(e.getMessage(), known),
                e.getCause() == e ? null : masked(e.getCause(), known));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** A cause whose message was masked; its message starts with the original exception's class name. */
    private static final class Masked extends Exception {
        private static final long serialVersionUID = 1L;

        Masked(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
