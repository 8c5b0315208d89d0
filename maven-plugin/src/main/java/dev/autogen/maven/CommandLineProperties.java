package dev.autogen.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code -Dautogen.*} properties given on Maven's command line (its user properties), which win over the POM's
 * {@code <configuration>}, as Flyway's plugin does: Maven itself fills a parameter from its property only where the POM
 * leaves it unset, and {@code mvn autogen:upgrade -Dautogen.url=...} should reach another database than the POM's.
 */
final class CommandLineProperties {

    private final Properties user;

    CommandLineProperties(Properties user) {
        this.user = user == null ? new Properties() : user;
    }

    private String raw(String parameter) {
        return user.getProperty("autogen." + parameter);
    }

    String string(String parameter, String configured) {
        String given = raw(parameter);
        return given == null ? configured : given;
    }

    boolean bool(String parameter, boolean configured) {
        String given = raw(parameter);
        // a bare -Dautogen.skip is "true", as Maven reads it
        return given == null ? configured : given.isBlank() || Boolean.parseBoolean(given.strip());
    }

    Boolean optionalBool(String parameter, Boolean configured) {
        String given = raw(parameter);
        return given == null ? configured : (Boolean) (given.isBlank() || Boolean.parseBoolean(given.strip()));
    }

    int integer(String parameter, int configured) {
        String given = raw(parameter);
        if (given == null) {
            return configured;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-Dautogen." + parameter + " takes a whole number, not '" + given + "'", e);
        }
    }

    /** A comma-separated list. */
    List<String> list(String parameter, List<String> configured) {
        String given = raw(parameter);
        if (given == null) {
            return configured;
        }
        List<String> values = new ArrayList<>();
        for (String value : given.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** Comma-separated {@code key=value} pairs. */
    Map<String, String> map(String parameter, Map<String, String> configured) {
        String given = raw(parameter);
        if (given == null) {
            return configured;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : given.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        "-Dautogen." + parameter + " takes key=value pairs separated by commas, not '" + pair + "'");
            }
            values.put(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        return values;
    }

    File file(String parameter, File configured, File basedir) {
        String given = raw(parameter);
        if (given == null) {
            return configured;
        }
        File file = new File(given);
        return file.isAbsolute() || basedir == null ? file : new File(basedir, given);
    }
}
