package dev.autogen.runtime.internal.secret;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of messages, the one place that knows where a URL holds one: a {@code password=} parameter
 * (any {@code ...password=} key: {@code sslpassword=}, {@code trustStorePassword=}), the password of a URL's user
 * information ({@code postgres://user:pw@host}, {@code jdbc:mariadb://user:pw@host}), and any password known to the
 * caller, as written and %-decoded, are replaced by {@code ***}. Printing a URL goes through {@link #maskUrl}; printing
 * a message that may hold a URL or a password goes through {@link #mask(String, String...)} with the secrets of
 * {@link #secrets}.
 */
public final class Redaction {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)(?!\\*\\*\\*)([^&;\\s]*)");

    /**
     * {@code scheme://user:} then anything up to the last {@code @} of the word: an unencoded {@code /}, {@code ?} or
     * {@code @} in the password must not end the match early and leave a part of it printed.
     */
    private static final Pattern USER_INFO =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\\s]*:)(?!\\*\\*\\*@)\\S*@");

    /** A {@code password=} parameter of one whole URL: its value runs to the next parameter, spaces included. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)password=([^&;]*)");

    /** A scheme right before {@code ://}, after any {@code jdbc:} (and {@code h2:}) prefixes. */
    private static final Pattern SCHEME =
            Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:)*?([A-Za-z][A-Za-z0-9+.-]*)://");

    /** Read to the last '@', a port, a path and a query: the '@' is in a parameter, not after user information. */
    private static final Pattern PORT_THEN_QUERY = Pattern.compile("\\d+(/[^?]*)?\\?.*");

    private Redaction() {}

    /**
     * The raw (still %-encoded) user information of a URL with an authority ({@code postgres://user:pw@host/db},
     * {@code jdbc:mariadb://user:pw@host/db}), or null when it has none. The standard rules read it where they read
     * the URL with the {@code @} before the query; otherwise (an unencoded {@code /}, {@code ?}, {@code @} or space in
     * the password) it runs to the last {@code @}, as a database URL has no {@code @} after its host.
     */
    public static String userInfo(String url) {
        if (url == null) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return null;
        }
        String rest = url.substring(scheme.end());
        StandardReading standard = standardUserInfo(url.substring(scheme.start(1)));
        if (standard != null) {
            return standard.userInfo();
        }
        int at = rest.lastIndexOf('@');
        return at < 0 ? null : rest.substring(0, at);
    }

    /** What the standard rules read as the user information: null for none. */
    private record StandardReading(String userInfo) {}

    /**
     * The user information by the standard rules; null when those rules mis-read the URL (an '@' before the query that
     * they do not take as the end of the user information) or cannot read it.
     */
    private static StandardReading standardUserInfo(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return null;
            }
            int authority = url.indexOf("://") + 3;
            int at = url.indexOf('@');
            int query = indexOfAny(url.substring(authority), "?#");
            boolean atBeforeQuery = at >= 0 && (query < 0 || at < authority + query);
            if (atBeforeQuery && uri.getRawUserInfo() == null) {
                return null;
            }
            return new StandardReading(uri.getRawUserInfo());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * %-decoding of each valid {@code %XX} (as UTF-8), as a URL's credentials are given to the driver; anything else, a
     * lone {@code %} or a {@code +} included, is kept as written.
     */
    public static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * The passwords written in {@code url} ({@code password=...}, {@code user:...@}), as written and decoded, so that
     * they can be masked wherever they appear later: in a driver's message, a space or '/' in them ends no match.
     */
    public static List<String> passwordsIn(String url) {
        List<String> found = new ArrayList<>();
        if (url == null) {
            return found;
        }
        Matcher query = PASSWORD_IN_URL.matcher(url);
        while (query.find()) {
            add(found, query.group(1), true);
        }
        String info = userInfo(url);
        addUserInfoPassword(found, info);
        // where the user information ends before the last '@' (postgres://u:p@h/db?x=a@b), what runs to the last one is
        // masked too: a driver that reads the URL its own way may take that for the password
        Matcher scheme = SCHEME.matcher(url);
        if (info != null && scheme.find()) {
            String rest = url.substring(scheme.end());
            int at = rest.lastIndexOf('@');
            if (at > info.length()) {
                addUserInfoPassword(found, rest.substring(0, at));
            }
        }
        return found;
    }

    private static void addUserInfoPassword(List<String> found, String info) {
        int colon = info == null ? -1 : info.indexOf(':');
        if (colon >= 0) {
            String password = info.substring(colon + 1);
            // host:port/db?x=a b@c: what runs to the last '@' is a host, a port and a parameter (the standard rules,
            // which
            // would have said so, cannot read the space), not user information
            if (!PORT_THEN_QUERY.matcher(password).matches()) {
                add(found, password, false);
            }
        }
    }

    /** The secrets to mask for a URL and a password given on their own. */
    public static String[] secrets(String url, String password) {
        List<String> all = passwordsIn(url);
        add(all, password, false);
        return all.toArray(String[]::new);
    }

    /**
     * A password as written in a URL and as its driver may read it: %-decoded, and for a parameter also with {@code +}
     * as a space (form encoding, as pgjdbc decodes its parameters).
     */
    private static void add(List<String> found, String secret, boolean parameter) {
        if (secret == null || secret.isEmpty() || secret.equals("***")) {
            return;
        }
        List<String> forms = new ArrayList<>(List.of(secret, decode(secret)));
        if (parameter) {
            forms.add(decode(secret.replace('+', ' ')));
        }
        for (String form : forms) {
            if (!form.isEmpty() && !found.contains(form)) {
                found.add(form);
            }
        }
    }

    /**
     * {@code url} as messages may print it: the password of its user information ({@link #userInfo}) and the value of
     * each {@code password=} parameter, as far as the next parameter (spaces included), replaced by {@code ***}. Unlike
     * {@link #mask(String, String...)}, which finds URLs in free text by their shape, it reads the one URL it is given,
     * so an {@code @} in its query masks nothing.
     */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String out = url;
        String info = userInfo(url);
        int colon = info == null ? -1 : info.indexOf(':');
        if (colon >= 0 && !PORT_THEN_QUERY.matcher(info.substring(colon + 1)).matches()) {
            Matcher scheme = SCHEME.matcher(url);
            scheme.find();
            out = url.substring(0, scheme.end()) + info.substring(0, colon + 1) + "***"
                    + url.substring(scheme.end() + info.length());
        }
        return PASSWORD_IN_URL
                .matcher(out)
                .replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, m.start(1) - m.start()) + "***"));
    }

    /** {@code text} with each of {@code known} and every password in a URL replaced by {@code ***}. */
    public static String mask(String text, Collection<String> known) {
        return mask(text, known.toArray(String[]::new));
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
        Arrays.sort(
                ordered,
                Comparator.comparingInt((String k) -> k == null ? 0 : k.length())
                        .reversed());
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
        SQLException copy = new SQLException(
                mask(e.getMessage(), known), e.getSQLState(), e.getErrorCode(), masked(e.getCause(), known));
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
        Throwable copy = new Masked(
                e.getClass().getName() + ": " + mask(e.getMessage(), known),
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
