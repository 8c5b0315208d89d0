package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.OperationRecorder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The checksum of a migration: SHA-256 over a canonical text of what its {@code upgrade()} records through the
 * {@code Operations} facade for a dialect, computed without a database. The migration runs against an
 * {@link OperationRecorder}, which records each core {@link Operation} instead of rendering it (and whether it was
 * asked for in its online form), the SQL passed to {@code op.execute} and the {@code op.outsideTransaction} blocks. So reformatting the source, comments, imports, renamed local variables or a
 * change in how Autogen renders an operation as SQL keep the checksum; a changed operation, argument or statement
 * changes it. A migration that branches on {@code op.dialectName()} has a checksum per dialect.
 *
 * <p>The canonical text is Autogen's own, not a record's {@code toString()}: one line per call, an operation as its
 * {@linkplain Operation#kind() kind} and its record components by name in alphabetical order, leaving out those that
 * are null, false or empty (so that a component added to a record later, with such a default, keeps the checksums of
 * migrations that do not use it); SQL with its white space and comments outside literals folded to single spaces.
 * {@link #VERSION} starts the text, so that a deliberate change of the text can be told from an edited migration.
 */
public final class MigrationChecksum {

    /** The version of the canonical text, its first line. */
    public static final String VERSION = "autogen-checksum 1";

    private MigrationChecksum() {}

    /**
     * The checksum, 64 lowercase hex digits, of what {@code migration.upgrade()} records for {@code dialect}.
     *
     * @param transactional false for a migration marked {@code @Revision(transactional = false)}, which is part of
     *     what it records
     * @throws IllegalStateException naming the failure when {@code upgrade()} throws while being recorded
     */
    public static String of(Migration migration, Dialect dialect, boolean transactional) {
        return sha256(canonical(migration, dialect, transactional));
    }

    /** The canonical text {@link #of} hashes. */
    public static String canonical(Migration migration, Dialect dialect, boolean transactional) {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(dialect, "dialect");
        OperationRecorder recorder = new OperationRecorder();
        try {
            migration.upgrade(recorder.operations(dialect));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "its upgrade() failed while its checksum was computed, without a database: "
                            + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()),
                    e);
        }
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        if (!transactional) {
            text.append("transactional false\n");
        }
        int depth = 0;
        for (OperationRecorder.Event event : recorder.events()) {
            if (event instanceof OperationRecorder.OutsideEnds) {
                depth--;
            }
            text.append("  ".repeat(depth)).append(line(event)).append('\n');
            if (event instanceof OperationRecorder.OutsideBegins) {
                depth++;
            }
        }
        return text.toString();
    }

    /** One line of the canonical text. */
    private static String line(OperationRecorder.Event event) {
        if (event instanceof OperationRecorder.Step step) {
            return (step.online() ? "online op " : "op ") + operation(step.op());
        }
        if (event instanceof OperationRecorder.Sql sql) {
            return "sql " + quote(normalizedSql(sql.text()));
        }
        return event instanceof OperationRecorder.OutsideBegins ? "outside-transaction {" : "}";
    }

    /** SHA-256 of the text's UTF-8 bytes, in lowercase hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** {@code add_column {column={name="x",nullable=true,type={kind=VARCHAR,length=64}},table="t"}}. */
    static String operation(Operation op) {
        return op.kind() + " " + value(op);
    }

    /** A value of an operation record, canonically. */
    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : c) {
                out.append(out.length() > 1 ? "," : "").append(value(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            m.entrySet().stream()
                    .map(e -> value(e.getKey()) + "=" + value(e.getValue()))
                    .sorted()
                    .forEach(entry -> out.append(out.length() > 1 ? "," : "").append(entry));
            return out.append('}').toString();
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder("{");
            RecordComponent[] components = record.getClass().getRecordComponents();
            Arrays.sort(components, Comparator.comparing(RecordComponent::getName));
            for (RecordComponent component : components) {
                Object v = component(record, component);
                if (omitted(v)) {
                    continue;
                }
                out.append(out.length() > 1 ? "," : "")
                        .append(component.getName())
                        .append('=')
                        .append(value(v));
            }
            return out.append('}').toString();
        }
        throw new IllegalStateException("cannot write a " + value.getClass().getName() + " into a migration checksum");
    }

    /** Null, false and empty values are left out: what a component added later with such a default holds. */
    private static boolean omitted(Object value) {
        return value == null
                || Boolean.FALSE.equals(value)
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    /**
     * SQL as a migration wrote it, with each run of white space and comments outside string literals and quoted names
     * made one space, and none at either end: a statement re-indented or commented differently is the same statement.
     */
    static String normalizedSql(String sql) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (SqlLexer.Token token : SqlLexer.tokens(sql, SqlLexer.Rules.STANDARD)) {
            if (token.isBlank()) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(token.text());
        }
        String text = out.toString();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** A string in double quotes, with {@code \}, {@code "} and control characters escaped. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
