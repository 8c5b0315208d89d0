package dev.autogen.databases.contract;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.runtime.Types;
import java.util.List;

/** Model pieces shared by the render tests. */
public final class OpsFixtures {

    private OpsFixtures() {}

    public static Column column(String name, ColumnType type) {
        return new Column(name, type, true, null, false);
    }

    public static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, null, false);
    }

    /** Table {@code user}: reserved name, identity key, a default with a quote in it, unique, FK and index. */
    public static Table userTable() {
        return new Table(
                "user",
                List.of(
                        new Column("id", Types.BIGINT, false, null, true),
                        notNull("email", Types.VARCHAR(255)),
                        new Column("status", Types.VARCHAR(20), false, "'draft'", false),
                        new Column("note", Types.TEXT, true, "'O''Brien'", false),
                        column("order", Types.INTEGER),
                        column("org_id", Types.BIGINT)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uq_user_email", List.of("email"))),
                List.of(new Index("ix_user_status", List.of("status", "order"), false)),
                List.of(new ForeignKey(
                        "fk_user_org",
                        List.of("org_id"),
                        "org",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.NO_ACTION)));
    }
}
