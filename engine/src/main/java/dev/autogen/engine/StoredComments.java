package dev.autogen.engine;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Notes for the generated migration where the database cannot store a comment as written
 * ({@link SchemaDialect#storedComment}: MariaDB and MySQL store an emoji as {@code ?}): said once, above the operation
 * that writes the comment, since {@code check} compares the stored text and stays quiet about it afterwards.
 */
final class StoredComments {

    private StoredComments() {}

    /** One line per comment of {@code op} that the database stores otherwise than written. */
    static List<String> notes(Operation op, SchemaDialect dialect) {
        if (!dialect.supportsComments()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (op instanceof CreateTableOp create) {
            note(out, dialect, create.definition().name(), create.definition().comment());
            for (Column column : create.definition().columns()) {
                note(out, dialect, create.definition().name() + "." + column.name(), column.comment());
            }
        } else if (op instanceof AddColumnOp add) {
            note(
                    out,
                    dialect,
                    add.table() + "." + add.column().name(),
                    add.column().comment());
        } else if (op instanceof AlterColumnOp alter
                && !Objects.equals(alter.from().comment(), alter.to().comment())) {
            note(out, dialect, alter.table() + "." + alter.column(), alter.to().comment());
        } else if (op instanceof AlterTableCommentOp comment) {
            note(out, dialect, comment.table(), comment.to());
        }
        return out;
    }

    private static void note(List<String> out, SchemaDialect dialect, String where, String comment) {
        String stored = dialect.storedComment(comment);
        if (comment == null || comment.equals(stored)) {
            return;
        }
        StringBuilder lost = new StringBuilder();
        for (int i = 0; i < comment.length(); ) {
            int c = comment.codePointAt(i);
            String one = new String(Character.toChars(c));
            if (!stored.contains(one) && lost.indexOf(one) < 0) {
                lost.append(one);
            }
            i += Character.charCount(c);
        }
        out.add("COMMENT STORED AS '" + stored + "' ON " + where + ": " + dialect.name() + " cannot store " + lost
                + " in a comment and keeps ? in its place; check compares the comment as stored");
    }
}
