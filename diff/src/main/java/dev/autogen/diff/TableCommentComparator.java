package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AlterTableCommentOp;
import java.util.Objects;

/** Table comments, compared as written, where the database keeps comments. */
final class TableCommentComparator {
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    TableCommentComparator(SchemaDialect dialect, PlanBuilder plan) {
        this.dialect = dialect;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        if (dialect.supportsComments() && !Objects.equals(target.comment(), current.comment())) {
            plan.add(PlanBuilder.Phase.ALTER_COMMENTS, new AlterTableCommentOp(current.name(), current.comment(), target.comment()));
        }
    }
}
