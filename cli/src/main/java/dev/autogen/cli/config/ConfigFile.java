package dev.autogen.cli.config;

import dev.autogen.cli.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Reads {@code autogen.properties}: a malformed file is an error naming the file and the line, and a key Autogen does
 * not know ({@code urll=}) is a warning naming the closest key it knows, instead of a setting silently ignored.
 */
final class ConfigFile {

    /** Every key the settings read. */
    static final List<String> KEYS = List.of(
            "url",
            "user",
            "password",
            "password-file",
            "schema",
            "migrations",
            "migrations-package",
            "source-root",
            "entities",
            "package",
            "include",
            "exclude",
            "scratch",
            "all-schemas",
            "online",
            "ddl-lock-timeout",
            "ddl-retries",
            "spring-profile",
            "validate-on-migrate");

    private ConfigFile() {}

    /** The file's properties; {@code warnings} gets one line per unknown key. */
    static Properties load(Path file, Consumer<String> warnings) {
        Properties props = new Properties();
        if (file == null) {
            return props;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserError("config file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UserError("cannot read config file " + file + ": " + e.getMessage());
        }
        try {
            props.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            // java.util.Properties names neither the line nor the text ("Malformed \\uxxxx encoding.")
            int line = badUnicodeEscape(text);
            throw new UserError("config file " + file + (line > 0 ? ", line " + line : "") + ": a \\u escape needs four"
                    + " hexadecimal digits (\\u00e9); write a backslash as \\\\ (C:\\\\work), or use / in paths");
        } catch (IOException e) {
            throw new UserError("cannot read config file " + file + ": " + e.getMessage());
        }
        for (Key key : keys(text)) {
            if (!KEYS.contains(key.name()) && !hibernateKey(key.name())) {
                String closest = closest(key.name());
                warnings.accept("config file " + file + ", line " + key.line() + ": unknown key '" + key.name()
                        + "' is ignored; "
                        + (closest != null
                                ? "did you mean '" + closest + "'?"
                                : "the keys are " + String.join(", ", KEYS)
                                        + " and Hibernate's hibernate.* and jakarta.persistence.* settings"));
            }
        }
        return props;
    }

    /** Whether a key is a Hibernate setting the entities are read with: {@code hibernate.*}, {@code jakarta.persistence.*}. */
    static boolean hibernateKey(String key) {
        return key.startsWith("hibernate.")
                || key.startsWith("jakarta.persistence.")
                || key.startsWith("javax.persistence.");
    }

    private record Key(String name, int line) {}

    /** The keys of the file's logical lines (comments and continuations skipped), with their line numbers. */
    private static List<Key> keys(String text) {
        List<Key> keys = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean wasContinued = continued;
            continued = trailingBackslashes(line) % 2 == 1;
            if (wasContinued) {
                continue;
            }
            String stripped = line.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continued = false;
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < stripped.length(); j++) {
                char c = stripped.charAt(j);
                if (c == '\\' && j + 1 < stripped.length()) {
                    key.append(stripped.charAt(++j));
                } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                } else {
                    key.append(c);
                }
            }
            keys.add(new Key(key.toString(), i + 1));
        }
        return keys;
    }

    private static int trailingBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n;
    }

    /** The first line holding {@code \}{@code u} (after an odd run of backslashes) without four hex digits; 0 if none. */
    private static int badUnicodeEscape(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int j = 0; j < line.length(); j++) {
                if (line.charAt(j) != '\\') {
                    continue;
                }
                if (j + 1 < line.length()
                        && line.charAt(j + 1) == 'u'
                        && !(j + 6 <= line.length()
                                && line.substring(j + 2, j + 6).matches("[0-9a-fA-F]{4}"))) {
                    return i + 1;
                }
                j++; // the escaped character
            }
        }
        return 0;
    }

    /** The known key within two edits of {@code key} (ignoring case), or null. */
    private static String closest(String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : KEYS) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
