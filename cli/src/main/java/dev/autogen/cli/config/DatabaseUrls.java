package dev.autogen.cli.config;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Accepts a database URL as platforms set {@code DATABASE_URL} ({@code postgres://user:pass@host:5432/db},
 * {@code mariadb://...}, {@code mysql://...}) as well as a JDBC URL. The user and password are taken out of the URL,
 * %-decoded, and given to the driver as connection properties: every driver then gets them as written, and the URL
 * that messages print holds none.
 */
final class DatabaseUrls {
    private DatabaseUrls() {}

    /**
     * A URL split into the JDBC URL and the credentials it held.
     *
     * @param jdbc the JDBC URL, without the credentials of a platform URL
     * @param user the user of a platform URL, decoded; null when it named none (or for a JDBC URL)
     * @param password the password of a platform URL, decoded; null when it named none
     */
    record Parsed(String jdbc, String user, String password) {}

    /** A platform scheme's JDBC subprotocol, and a parameter its driver needs (or null). */
    private record Scheme(String subprotocol, String parameter) {}

    /** The parsed URL; a JDBC URL or one of another scheme is returned whole; null for null. */
    static Parsed parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        int schemeEnd = text.indexOf("://");
        if (text.startsWith("jdbc:") || schemeEnd < 0) {
            return new Parsed(text, null, null);
        }
        Scheme kind = switch (text.substring(0, schemeEnd)) {
            case "postgres", "postgresql" -> new Scheme("postgresql", null);
            // the bundled MariaDB driver takes jdbc:mysql: URLs only when asked to
            case "mysql" -> new Scheme("mysql", "permitMysqlScheme");
            case "mariadb" -> new Scheme("mariadb", null);
            default -> null;
        };
        if (kind == null) {
            return new Parsed(text, null, null);
        }
        String rest = text.substring(schemeEnd + 3);
        String userInfo;
        String address;
        URI uri = strict(text);
        if (uri != null) {
            userInfo = uri.getRawUserInfo();
            address = rest.substring(userInfo == null ? 0 : userInfo.length() + 1);
        } else {
            // An unencoded '/', '?', '@' or space in the password: the user information ends at the last '@'.
            int at = rest.lastIndexOf('@');
            userInfo = at < 0 ? null : rest.substring(0, at);
            address = rest.substring(at + 1);
        }
        int pathStart = indexOfAny(address, "/?");
        String hostPort = pathStart < 0 ? address : address.substring(0, pathStart);
        String tail = pathStart < 0 ? "/" : address.substring(pathStart);
        if (tail.startsWith("?")) {
            tail = "/" + tail;
        }
        if (kind.parameter() != null) {
            tail += (tail.contains("?") ? "&" : "?") + kind.parameter();
        }
        String jdbc = "jdbc:" + kind.subprotocol() + "://" + hostPort + tail;
        if (userInfo == null) {
            return new Parsed(jdbc, null, null);
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        return new Parsed(jdbc, user.isEmpty() ? null : user, password);
    }

    /** The URL read by the standard rules, or null when that mis-reads it (an '@' outside the user information). */
    private static URI strict(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return null;
            }
            int at = url.indexOf('@');
            int query = indexOfAny(url.substring(url.indexOf("://") + 3), "?#");
            boolean atBeforeQuery = at >= 0 && (query < 0 || at < url.indexOf("://") + 3 + query);
            return atBeforeQuery && uri.getRawUserInfo() == null ? null : uri;
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
     * %-decoding of each valid {@code %XX} (as UTF-8); anything else, a lone {@code %} or a {@code +} included, is
     * kept as written.
     */
    static String decode(String s) {
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
}
