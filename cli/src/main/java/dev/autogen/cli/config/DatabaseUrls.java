package dev.autogen.cli.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Accepts {@code DATABASE_URL} as platforms set it ({@code postgres://user:pass@host:5432/db}) as well as a JDBC URL.
 */
final class DatabaseUrls {
    private DatabaseUrls() {}

    static String toJdbc(String url) {
        if (url == null || url.isBlank() || url.startsWith("jdbc:")) {
            return url;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            String kind = switch (scheme == null ? "" : scheme) {
                case "postgres", "postgresql" -> "postgresql";
                case "mysql" -> "mysql";
                case "mariadb" -> "mariadb";
                default -> null;
            };
            if (kind == null) {
                return url;
            }
            StringBuilder jdbc = new StringBuilder("jdbc:").append(kind).append("://").append(uri.getHost());
            if (uri.getPort() > 0) {
                jdbc.append(':').append(uri.getPort());
            }
            jdbc.append(uri.getRawPath() == null ? "/" : uri.getRawPath());
            String sep = "?";
            if (uri.getRawQuery() != null) {
                jdbc.append('?').append(uri.getRawQuery());
                sep = "&";
            }
            String info = uri.getRawUserInfo();
            if (info != null) {
                int colon = info.indexOf(':');
                String user = decode(colon < 0 ? info : info.substring(0, colon));
                jdbc.append(sep).append("user=").append(user);
                if (colon >= 0) {
                    jdbc.append("&password=").append(info.substring(colon + 1));
                }
            }
            return jdbc.toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
