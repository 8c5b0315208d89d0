package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AlterTableCommentOp;

/** Table comments, compared as the database stores them, where it keeps comments. */
final class TableCommentComparator {
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    TableCommentComparator(SchemaDialect dialect, PlanBuilder plan) {
        this.dialect = dialect;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        if (dialect.supportsComments() && !dialect.sameComment(target.comment(), current.comment())) {
            plan.add(
                    PlanBuilder.Phase.ALTER_COMMENTS,
                    new AlterTableCommentOp(current.name(), current.comment(), target.comment()));
        }
    }
}
