package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments, check constraints, sequences, generated columns and column definitions as the entity reader gives them. */
class EntityReaderObjectKindsTest {

    private static final String KINDS = "dev.autogen.introspect.fixtures.kinds";

    /** Hibernate's checks: each column's unnamed ones joined, named ones apart, then the table's, unnamed as written. */
    private static final List<CheckConstraint> CHECKS = List.of(
            new CheckConstraint(null, "level in ('LOW','HIGH')", "level"),
            new CheckConstraint(null, "rank between 0 and 1", "rank"),
            new CheckConstraint(null, "(weight >= 0) and (weight <> 13)", "weight"),
            new CheckConstraint("gadget_weight_sane", "weight < 1000"),
            new CheckConstraint(null, "weight > 0 or level = 'LOW'"));

    @Test
    void postgresGetsCommentsChecksTheSequenceAndTheGeneratedColumn() {
        Dialect pg = Dialects.forName("postgresql");
        SchemaSnapshot snapshot = new EntityReader().read(Fixtures.packages(KINDS), pg);
        Table gadget = snapshot.table("gadget").orElseThrow();

        assertEquals("gadgets we make", gadget.comment());
        assertEquals("grams", gadget.column("weight").orElseThrow().comment());
        assertEquals(CHECKS, gadget.checks());
        assertEquals(List.of(new Sequence("gadget_ids", 7, 3)), snapshot.sequences());
        Column doubled = gadget.column("doubleweight").orElseThrow();
        assertEquals("weight * 2", doubled.generated());
        assertNull(doubled.serverDefault());
        Column code = gadget.column("code").orElseThrow();
        assertEquals(new Column("code", ColumnType.raw("varchar(8)"), false, "'none'", false), code);
    }

    @Test
    void sqliteGetsTheChecksButNoCommentsAndATableForTheSequence() {
        Dialect sqlite = Dialects.forName("sqlite");
        SchemaSnapshot snapshot = new EntityReader().read(Fixtures.packages(KINDS), sqlite);
        Table gadget = snapshot.table("gadget").orElseThrow();

        assertNull(gadget.comment());
        assertNull(gadget.column("weight").orElseThrow().comment());
        assertEquals(CHECKS, gadget.checks());
        assertEquals(List.of(), snapshot.sequences());
        assertFalse(snapshot.table("gadget_ids").isEmpty());
        assertEquals("weight * 2", gadget.column("doubleWeight").orElseThrow().generated());
    }

    @Test
    void hibernatesExportLeavesCommentsOutWhereTheDatabaseHasNone() {
        List<String> sqlite =
                new HibernateSchemaExport().createStatements(Fixtures.packages(KINDS), Dialects.forName("sqlite"));
        List<String> pg =
                new HibernateSchemaExport().createStatements(Fixtures.packages(KINDS), Dialects.forName("postgresql"));
        assertEquals(0, sqlite.stream().filter(s -> s.startsWith("comment on")).count());
        assertEquals(2, pg.stream().filter(s -> s.startsWith("comment on")).count());
    }
}
