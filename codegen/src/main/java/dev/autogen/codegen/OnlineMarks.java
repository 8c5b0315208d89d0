package dev.autogen.codegen;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which operations a migration writes in their online form ({@code op.online().createIndex(...)}), and which it marks
 * as blocking writes: with {@code online=auto}, every change to a table the migration does not create itself that some
 * database makes without blocking writes; and, for the database autogenerate compared with, a comment above each
 * change to such a table that still blocks writes there, saying why ({@link Dialect#blocksWrites}). A table the
 * migration creates holds no rows yet: its changes keep their plain form.
 *
 * @param online whether to write online forms ({@code online=auto})
 * @param target the database autogenerate compared with, whose blocking changes are marked; null marks none
 * @param targetName the database's name in the comments ({@code PostgreSQL})
 */
public record OnlineMarks(boolean online, Dialect target, String targetName) {

    /** Plain forms, no marks: what a migration written without a database gets. */
    public static final OnlineMarks NONE = new OnlineMarks(false, null, null);

    /** The marks of one method: {@code plan} is what {@code upgrade} or {@code downgrade} performs, in order. */
    Method forMethod(MigrationPlan plan) {
        Set<String> created = new HashSet<>();
        for (Operation op : plan.operations()) {
            if (op instanceof CreateTableOp create) {
                created.add(create.definition().name());
            }
        }
        return new Method(created);
    }

    /** Whether some database has an online form of {@code op} ({@code Operations.online}). */
    static boolean hasOnlineForm(Operation op) {
        return op instanceof CreateIndexOp
                || op instanceof DropIndexOp
                || op instanceof AddUniqueOp
                || op instanceof AddForeignKeyOp
                || op instanceof AddCheckOp
                || op instanceof AddColumnOp
                || op instanceof AlterColumnOp alter
                        && (alter.from().nullable() != alter.to().nullable()
                                || !alter.from().type().equals(alter.to().type()));
    }

    /** The marks for the operations of one method. */
    final class Method {
        private final Set<String> created;

        private Method(Set<String> created) {
            this.created = created;
        }

        /** Whether {@code op} is written {@code op.online()...}. */
        boolean online(Operation op) {
            return online && !created.contains(op.table()) && hasOnlineForm(op);
        }

        /** The comment lines that mark {@code op} as blocking writes on the target database. */
        List<String> notes(Operation op) {
            if (target == null || created.contains(op.table())) {
                return List.of();
            }
            Optional<WriteBlock> block = target.blocksWrites(op, online(op));
            return block.map(b -> List.of("Blocks writes on " + targetName + ": " + b.reason()))
                    .orElse(List.of());
        }
    }
}
