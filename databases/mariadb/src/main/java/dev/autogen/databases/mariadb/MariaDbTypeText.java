package dev.autogen.databases.mariadb;

import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type text in the form MariaDB and MySQL report in {@code information_schema.COLUMNS.COLUMN_TYPE}, so that spellings
 * of one column type compare equal: {@code integer}, {@code int} and {@code int(11)} are {@code int};
 * {@code float(53)}, {@code real} and {@code double precision} are {@code double}; {@code datetime(0)} is
 * {@code datetime}; {@code bit} is {@code bit(1)}. Character set and collation clauses are left out; quoted values
 * ({@code enum('A','B')}) keep their case.
 */
final class MariaDbTypeText {

    private MariaDbTypeText() {}

    /**
     * The canonical text of a type.
     *
     * @param jsonAsLongtext whether {@code json} is an alias of {@code longtext} (MariaDB) rather than a type (MySQL)
     */
    static String canonical(String sqlType, boolean jsonAsLongtext) {
        String normalized = normalize(sqlType);
        if (normalized.indexOf('\'') >= 0) {
            return normalized; // enum('A','B'), set(...): kept as written, up to case and spaces outside the quotes
        }
        Parsed t = parse(normalized);
        if (t == null) {
            return normalized;
        }
        String suffix = attributes(t.suffix());
        String base = t.base();
        Integer a = t.first();
        Integer b = t.second();
        String type = switch (base) {
            case "bool", "boolean" -> a == null ? "tinyint" : null;
            case "tinyint", "int1" -> "tinyint";
            case "smallint", "int2" -> "smallint";
            case "mediumint", "int3", "middleint" -> "mediumint";
            case "int", "integer", "int4" -> "int";
            case "bigint", "int8" -> "bigint";
            case "bit" -> "bit(" + (a == null ? 1 : a) + ")";
            case "float4" -> a == null ? "float" : null;
            case "float8", "double", "double precision", "real" -> a == null ? "double" : null;
            case "float" -> a == null ? "float" : b != null ? null : a <= 24 ? "float" : a <= 53 ? "double" : null;
            case "decimal", "dec", "numeric", "fixed" ->
                "decimal(" + (a == null ? 10 : a) + "," + (b == null ? 0 : b) + ")";
            case "char", "character", "nchar", "national char", "national character" ->
                "char(" + (a == null ? 1 : a) + ")";
            case "varchar",
                    "character varying",
                    "nvarchar",
                    "national varchar",
                    "national character varying",
                    "char varying",
                    "varcharacter" -> a == null ? null : "varchar(" + a + ")";
            case "binary" -> "binary(" + (a == null ? 1 : a) + ")";
            case "char byte" -> "binary(" + (a == null ? 1 : a) + ")";
            case "varbinary" -> a == null ? null : "varbinary(" + a + ")";
            case "long", "long varchar" -> a == null ? "mediumtext" : null;
            case "long varbinary" -> a == null ? "mediumblob" : null;
            case "json" -> a == null ? (jsonAsLongtext ? "longtext" : "json") : null;
            case "time", "datetime", "timestamp" -> a == null || a == 0 ? base : base + "(" + a + ")";
            case "tinytext",
                    "text",
                    "mediumtext",
                    "longtext",
                    "tinyblob",
                    "blob",
                    "mediumblob",
                    "longblob",
                    "date",
                    "uuid",
                    "inet4",
                    "inet6" -> a == null ? base : null;
            case "year" -> a == null || a == 4 ? "year" : null;
            default -> null;
        };
        if (type == null) {
            return normalized;
        }
        return suffix.isEmpty() ? type : type + " " + suffix;
    }

    /** Multi-word type names, longest first; any other type name is one word. */
    private static final List<String> MULTI_WORD = List.of(
            "national character varying",
            "national character",
            "national varchar",
            "national char",
            "character varying",
            "double precision",
            "char varying",
            "long varbinary",
            "long varchar",
            "char byte");

    private static final Pattern ARGS = Pattern.compile("^([a-z][a-z0-9_ ]*?)\\((\\d+)(?:,(\\d+))?\\)(?: (.*))?$");

    /** A type name, its one or two arguments, and the words after them. */
    private record Parsed(String base, Integer first, Integer second, String suffix) {}

    /** Parses normalised type text without quotes; null when it has another shape. */
    private static Parsed parse(String normalized) {
        Matcher m = ARGS.matcher(normalized);
        if (m.matches()) {
            return new Parsed(
                    m.group(1).trim(),
                    Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)),
                    m.group(4));
        }
        if (normalized.indexOf('(') >= 0 || normalized.isEmpty()) {
            return null;
        }
        for (String name : MULTI_WORD) {
            if (normalized.equals(name) || normalized.startsWith(name + " ")) {
                String rest = normalized.substring(name.length()).trim();
                return new Parsed(name, null, null, rest.isEmpty() ? null : rest);
            }
        }
        int space = normalized.indexOf(' ');
        return space < 0
                ? new Parsed(normalized, null, null, null)
                : new Parsed(normalized.substring(0, space), null, null, normalized.substring(space + 1));
    }

    /**
     * Lower case outside quotes, single spaces, no spaces next to parentheses and commas outside quotes:
     * {@code "VARCHAR ( 10 )  CHARACTER SET utf8mb4"} becomes {@code "varchar(10) character set utf8mb4"}.
     */
    static String normalize(String sqlType) {
        String s = SqlText.lowerOutsideQuotes(sqlType.trim());
        StringBuilder out = new StringBuilder(s.length());
        List<SqlLexer.Token> tokens = SqlLexer.tokens(s, SqlText.RULES);
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.kind() == SqlLexer.Kind.WHITESPACE) {
                // one space, as lowerOutsideQuotes leaves it
                char next = i + 1 < tokens.size() ? tokens.get(i + 1).text().charAt(0) : 0;
                char previous = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
                if (next != '(' && next != ')' && next != ',' && previous != '(' && previous != ',') {
                    out.append(t.text());
                }
            } else {
                out.append(t.text());
            }
        }
        return out.toString().trim();
    }

    /**
     * The words after a type that change it ({@code unsigned}, {@code zerofill}); character set and collation clauses
     * are dropped (the comparison is by type, not by encoding).
     */
    private static String attributes(String suffix) {
        if (suffix == null) {
            return "";
        }
        String[] words = suffix.split(" ");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("character") && i + 1 < words.length && words[i + 1].equals("set")) {
                i += 2; // character set <name>
            } else if (word.equals("charset") || word.equals("collate")) {
                i += 1; // charset <name>, collate <name>
            } else if (word.equals("signed")) {
                continue;
            } else {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
