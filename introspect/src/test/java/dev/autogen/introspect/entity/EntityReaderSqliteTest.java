package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blog fixtures read for SQLite: names keep their case, sequences are tables, and only what Hibernate's SQLite
 * export creates is in the snapshot (no foreign keys, no multi-column unique keys).
 */
class EntityReaderSqliteTest {

    private static final Dialect SQLITE = Dialects.forName("sqlite");
    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void read() {
        snapshot = new EntityReader().read(Fixtures.blog(), SQLITE);
    }

    @Test
    void tableNamesKeepTheirCaseAndSequencesAreTables() {
        assertEquals(
                List.of(
                        "BankPayment",
                        "Media",
                        "Media_SEQ",
                        "Payment",
                        "Tag",
                        "author",
                        "card_payment",
                        "post",
                        "post_keyword",
                        "post_seq",
                        "post_tag"),
                snapshot.tables().stream().map(Table::name).toList());
        Table sequence = table("post_seq");
        assertEquals(
                List.of("next_val"),
                sequence.columns().stream().map(Column::name).toList());
        Column nextVal = sequence.columns().get(0);
        assertEquals("bigint", SQLITE.renderType(nextVal.type()));
        assertTrue(nextVal.nullable());
        assertEquals(null, sequence.primaryKey());
    }

    @Test
    void identityColumnIsAnIntegerKey() {
        Column id = table("author").column("id").orElseThrow();
        assertTrue(id.identity());
        assertFalse(id.nullable());
        assertEquals(ColumnType.of(TypeKind.BIGINT), id.type(), "the entity's type, portable to every database");
        assertEquals("integer", SQLITE.canonicalColumnType(id), "SQLite's identity clause makes it the rowid alias");
        assertEquals(new PrimaryKey(null, List.of("id")), table("author").primaryKey());
    }

    @Test
    void typesAreSqlitesRendering() {
        Table author = table("author");
        assertEquals(
                "timestamp",
                SQLITE.renderType(author.column("created_at").orElseThrow().type()));
        assertEquals(
                "blob",
                SQLITE.renderType(author.column("external_id").orElseThrow().type()));
        assertEquals(
                "clob", SQLITE.renderType(author.column("bio").orElseThrow().type()));
        assertEquals(
                "varchar(80)",
                SQLITE.renderType(author.column("firstName").orElseThrow().type()));
        assertEquals(
                "tinyint",
                SQLITE.renderType(
                        table("post").column("visibility").orElseThrow().type()));
        assertEquals(
                "blob",
                SQLITE.renderType(table("Tag").column("id").orElseThrow().type()));
    }

    @Test
    void foreignKeysAreKeptThoughHibernatesSqliteExportCreatesNone() {
        assertTrue(snapshot.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty()));
        assertTrue(table("post").foreignKeys().stream()
                .anyMatch(fk -> fk.referencedTable().equalsIgnoreCase("author")));
    }

    @Test
    void onlyInlineUniqueConstraintsAndIndexes() {
        Table author = table("author");
        assertEquals(List.of(new UniqueConstraint(null, List.of("handle"))), author.uniqueConstraints());
        assertEquals(List.of(new Index("idx_author_name", List.of("lastName", "firstName"), false)), author.indexes());
    }

    private static Table table(String name) {
        return snapshot.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }
}
