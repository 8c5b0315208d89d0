package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows Hibernate's export inserts into sequence-emulation and generator tables are part of the entity model: a
 * sequence table's initial value where the database has no sequences (SQLite, MySQL), a table generator's segments on
 * every database.
 */
class InitialRowsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "mysql", "h2"})
    void tableGeneratorsGetOneRowPerSegment(String kind) {
        SchemaSnapshot model = read(kind);
        var fold = Dialects.forName(kind);
        assertEquals(
                new InitialRows(
                        List.of(fold.foldIdentifier("block"), fold.foldIdentifier("next_id")),
                        List.of(List.of("'invoice'", "1000"), List.of("'receipt'", "0"))),
                table(model, "id_blocks").initialRows(),
                "in a stable order");
        assertEquals(
                new InitialRows(
                        List.of(fold.foldIdentifier("sequence_name"), fold.foldIdentifier("next_val")),
                        List.of(List.of("'default'", "0"))),
                table(model, "hibernate_sequences").initialRows());
        assertNull(table(model, "Invoice").initialRows());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "mysql"})
    void sequenceTablesGetTheirInitialValue(String kind) {
        SchemaSnapshot model = read(kind);
        assertEquals(
                new InitialRows(List.of("next_val"), List.of(List.of("1"))),
                table(model, "Item_SEQ").initialRows());
        assertEquals(
                new InitialRows(List.of("next_val"), List.of(List.of("100"))),
                table(model, "ticket_numbers").initialRows());
    }

    @Test
    void parsesBothShapesHibernateWrites() {
        assertEquals(
                new HibernateInitialRows.Insert(List.of("next_val"), List.of("1")),
                HibernateInitialRows.parse("insert into Item_SEQ ( next_val ) values ( 1 )"));
        assertEquals(
                new HibernateInitialRows.Insert(List.of("seg", "val"), List.of("'it''s'", "-5")),
                HibernateInitialRows.parse("insert into \"s\".`t`(\"seg\", val) values ('it''s',-5)"));
        assertNull(HibernateInitialRows.parse("update t set a = 1"));
        assertNull(HibernateInitialRows.parse("insert into t (a) values (now())"));
        assertNull(HibernateInitialRows.parse("insert into t (a, b) values (1)"));
    }

    private static SchemaSnapshot read(String kind) {
        return new EntityReader()
                .read(Fixtures.packages("dev.autogen.introspect.fixtures.generators"), Dialects.forName(kind));
    }

    private static Table table(SchemaSnapshot model, String name) {
        return model.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow();
    }
}
