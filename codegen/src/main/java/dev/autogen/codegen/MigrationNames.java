package dev.autogen.codegen;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** File names, class names and revision ids of generated migrations. */
final class MigrationNames {

    /** Longest slug, cut at a word boundary where possible (Alembic's {@code truncate_slug_length}). */
    static final int MAX_SLUG = 40;

    private static final SecureRandom RANDOM = new SecureRandom();

    private MigrationNames() {}

    /**
     * {@code "Add token usage!"} becomes {@code add_token_usage}: the first non-blank line of the message in ASCII
     * letters and digits, lower case, joined by '_'.
     */
    static String slug(String message) {
        if (message == null) {
            return "";
        }
        String subject = message.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        String ascii = Normalizer.normalize(subject, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('_', MAX_SLUG);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_SLUG);
        }
        return slug;
    }

    /** {@code AddTokenUsage_3f2a9c1d7e4b}; {@code Migration_<id>} when the slug has no letter. */
    static String className(String id, String message) {
        String slug = slug(message);
        if (slug.chars().noneMatch(Character::isLetter)) {
            return "Migration_" + id;
        }
        StringBuilder camel = new StringBuilder();
        for (String word : slug.split("_")) {
            camel.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        if (Character.isDigit(camel.charAt(0))) {
            camel.insert(0, "Migration");
        }
        return camel + "_" + id;
    }

    /** {@code <id>_<slug>.java}, or {@code <id>.java} when the message gives no slug. */
    static String fileName(String id, String message) {
        String slug = slug(message);
        return slug.isEmpty() ? id + ".java" : id + "_" + slug + ".java";
    }

    /** Twelve random lower-case hex digits. */
    static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
