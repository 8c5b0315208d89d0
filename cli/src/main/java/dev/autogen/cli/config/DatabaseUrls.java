package dev.autogen.cli.config;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Databases;
import dev.autogen.runtime.internal.secret.Redaction;

/**
 * Accepts a database URL as platforms set {@code DATABASE_URL} ({@code postgres://user:pass@host:5432/db},
 * {@code mariadb://...}, {@code mysql://...}: each database module's {@link Database#platformSchemes()}) as well as a
 * JDBC URL. The user and password are taken out of the URL,
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
        Database kind =
                Databases.forPlatformScheme(text.substring(0, schemeEnd)).orElse(null);
        if (kind == null) {
            return new Parsed(text, null, null);
        }
        String rest = text.substring(schemeEnd + 3);
        // the same reading of the user information as the one that finds the password to mask
        String userInfo = Redaction.userInfo(text);
        String address = rest.substring(userInfo == null ? 0 : userInfo.length() + 1);
        int pathStart = indexOfAny(address, "/?");
        String hostPort = pathStart < 0 ? address : address.substring(0, pathStart);
        String tail = pathStart < 0 ? "/" : address.substring(pathStart);
        if (tail.startsWith("?")) {
            tail = "/" + tail;
        }
        if (kind.platformUrlParameter() != null) {
            tail += (tail.contains("?") ? "&" : "?") + kind.platformUrlParameter();
        }
        String jdbc = "jdbc:" + kind.jdbcSubprotocol() + "://" + hostPort + tail;
        if (userInfo == null) {
            return new Parsed(jdbc, null, null);
        }
        int colon = userInfo.indexOf(':');
        String user = Redaction.decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : Redaction.decode(userInfo.substring(colon + 1));
        return new Parsed(jdbc, user.isEmpty() ? null : user, password);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
