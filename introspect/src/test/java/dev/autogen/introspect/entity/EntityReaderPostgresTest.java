package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blog fixtures read for PostgreSQL: names folded to lower case, Hibernate's PostgreSQL types. */
class EntityReaderPostgresTest {

    private static final Dialect PG = Dialects.forName("postgresql");
    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void read() {
        snapshot = new EntityReader().read(Fixtures.blog(), PG);
    }

    @Test
    void readsEveryPhysicalTableButNoSequence() {
        assertEquals(
                List.of(
                        "author",
                        "bankpayment",
                        "card_payment",
                        "media",
                        "payment",
                        "post",
                        "post_keyword",
                        "post_tag",
                        "tag"),
                snapshot.tables().stream().map(Table::name).toList());
    }

    @Test
    void authorColumnsHaveHibernatesTypesNullabilityDefaultsAndIdentity() {
        Table author = table("author");
        assertEquals(
                List.of(
                        "id",
                        "created_at",
                        "updated_at",
                        "active",
                        "city",
                        "street",
                        "zip_code",
                        "balance",
                        "bio",
                        "birthdate",
                        "email",
                        "external_id",
                        "firstname",
                        "handle",
                        "lastname",
                        "nickname",
                        "status",
                        "tenant",
                        "version"),
                author.columns().stream().map(Column::name).toList());
        Map<String, String> rendered = new TreeMap<>();
        author.columns().forEach(c -> rendered.put(c.name(), PG.renderType(c.type())));
        assertEquals("bigint", rendered.get("id"));
        assertEquals("timestamp(6) with time zone", rendered.get("created_at"));
        assertEquals("varchar(80)", rendered.get("firstname"));
        assertEquals("varchar(255)", rendered.get("email"));
        assertEquals("numeric(12,2)", rendered.get("balance"));
        assertEquals("oid", rendered.get("bio"), "@Lob String is a large object on PostgreSQL");
        assertEquals("uuid", rendered.get("external_id"));
        assertEquals("date", rendered.get("birthdate"));
        assertEquals("boolean", rendered.get("active"));
        assertEquals("integer", rendered.get("version"));

        assertEquals(
                ColumnType.withLength(TypeKind.VARCHAR, 80),
                column(author, "firstname").type());
        assertEquals(
                ColumnType.withPrecision(TypeKind.TIMESTAMP_WITH_TIME_ZONE, 6),
                column(author, "created_at").type());
        assertEquals(
                new ColumnType(TypeKind.NUMERIC, null, 12, 2, null),
                column(author, "balance").type());
        assertEquals(ColumnType.of(TypeKind.UUID), column(author, "external_id").type());
        assertEquals(
                ColumnType.raw("varchar(64)"), column(author, "nickname").type(), "columnDefinition stays verbatim");

        Column id = column(author, "id");
        assertTrue(id.identity());
        assertFalse(id.nullable());
        assertFalse(column(author, "firstname").nullable());
        assertTrue(column(author, "street").nullable(), "embedded columns are nullable");
        assertTrue(column(author, "bio").nullable());
        assertFalse(column(author, "status").nullable());
        assertFalse(column(author, "version").nullable(), "@Version on a primitive");
        assertEquals("true", column(author, "active").serverDefault());
        assertNull(column(author, "email").serverDefault());
        assertFalse(column(author, "email").identity());
    }

    @Test
    void enumeratedColumnsUseTheirStorageType() {
        ColumnType status = column(table("author"), "status").type();
        assertEquals(ColumnType.withLength(TypeKind.VARCHAR, 20), status.withoutEnumConstants());
        // the Java enum's constants, in ordinal order, for converting stored values when the mapping changes
        assertEquals(java.util.List.of("ACTIVE", "SUSPENDED", "DELETED"), status.values());
        assertEquals(
                "smallint", PG.renderType(column(table("post"), "visibility").type()));
        assertEquals("float(53)", PG.renderType(column(table("post"), "rating").type()));
    }

    @Test
    void primaryKeysAreUnnamedSoTheDatabaseNamesThem() {
        assertEquals(new PrimaryKey(null, List.of("id")), table("author").primaryKey());
        assertEquals(
                new PrimaryKey(null, List.of("post_id", "tag_id")),
                table("post_tag").primaryKey());
        assertEquals(
                new PrimaryKey(null, List.of("post_id", "keyword")),
                table("post_keyword").primaryKey());
        assertEquals(
                new PrimaryKey(null, List.of("payment_id")),
                table("card_payment").primaryKey());
    }

    @Test
    void uniqueConstraintsFromTableAnnotationsAndColumns() {
        assertEquals(
                List.of(
                        new UniqueConstraint("uk_author_email_tenant", List.of("email", "tenant")),
                        new UniqueConstraint(null, List.of("handle"))),
                table("author").uniqueConstraints());
        assertEquals(
                List.of(new UniqueConstraint(null, List.of("name"))),
                table("tag").uniqueConstraints());
        assertTrue(table("post").uniqueConstraints().isEmpty());
    }

    @Test
    void indexesKeepTheirColumnOrder() {
        assertEquals(
                List.of(new Index("idx_author_name", List.of("lastname", "firstname"), false)),
                table("author").indexes());
    }

    @Test
    void manyToOneForeignKeyWithOnDeleteCascade() {
        ForeignKey fk = single(table("post").foreignKeys());
        assertEquals("fk_post_author", fk.name());
        assertEquals(List.of("author_id"), fk.columns());
        assertEquals("author", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(ReferentialAction.NO_ACTION, fk.onUpdate());
        assertFalse(column(table("post"), "author_id").nullable());
        assertTrue(table("author").foreignKeys().isEmpty(), "the @OneToMany side has no column");
        assertTrue(column(table("post"), "editor_id").nullable(), "ConstraintMode.NO_CONSTRAINT: a column, no FK");
    }

    @Test
    void joinTableReferencesBothSides() {
        Table postTag = table("post_tag");
        assertEquals(
                List.of("post_id", "tag_id"),
                postTag.columns().stream().map(Column::name).toList());
        assertEquals("uuid", PG.renderType(column(postTag, "tag_id").type()));
        assertEquals(2, postTag.foreignKeys().size());
        ForeignKey toPost = foreignKeyTo(postTag, "post");
        ForeignKey toTag = foreignKeyTo(postTag, "tag");
        assertEquals(List.of("post_id"), toPost.columns());
        assertEquals(List.of("id"), toPost.referencedColumns());
        assertEquals(List.of("tag_id"), toTag.columns());
        assertEquals(ReferentialAction.NO_ACTION, toTag.onDelete());
        assertTrue(toTag.name().startsWith("fk"), "Hibernate's generated name, folded: " + toTag.name());
    }

    @Test
    void elementCollectionTable() {
        Table keywords = table("post_keyword");
        assertEquals(
                ColumnType.withLength(TypeKind.VARCHAR, 40),
                column(keywords, "keyword").type());
        assertFalse(column(keywords, "post_id").nullable());
        ForeignKey fk = single(keywords.foreignKeys());
        assertEquals(List.of("post_id"), fk.columns());
        assertEquals("post", fk.referencedTable());
    }

    @Test
    void singleTableInheritanceHasDiscriminatorAndNullableSubclassColumns() {
        Table media = table("media");
        Column kind = column(media, "kind");
        assertEquals(ColumnType.withLength(TypeKind.VARCHAR, 10), kind.type());
        assertFalse(kind.nullable());
        assertTrue(column(media, "width").nullable());
        assertTrue(column(media, "durationseconds").nullable());
        assertFalse(column(media, "id").identity(), "GenerationType.AUTO uses a sequence on PostgreSQL");
    }

    @Test
    void joinedInheritanceKeysReferenceTheRoot() {
        ForeignKey card = single(table("card_payment").foreignKeys());
        assertEquals("fk_card_payment_payment", card.name());
        assertEquals(List.of("payment_id"), card.columns());
        assertEquals("payment", card.referencedTable());
        assertEquals(List.of("id"), card.referencedColumns());
        ForeignKey bank = single(table("bankpayment").foreignKeys());
        assertEquals(List.of("id"), bank.columns());
        assertEquals("payment", bank.referencedTable());
        assertEquals(
                new ColumnType(TypeKind.NUMERIC, null, 10, 2, null),
                column(table("payment"), "amount").type());
    }

    @Test
    void everyPortableTypeRendersAsHibernateDoes() {
        List<String> statements = new HibernateSchemaExport().createStatements(Fixtures.blog(), PG);
        for (Table table : snapshot.tables()) {
            String create = statements.stream()
                    .filter(s -> s.toLowerCase().startsWith("create table " + table.name() + " "))
                    .findFirst()
                    .orElseThrow()
                    .toLowerCase();
            for (Column column : table.columns()) {
                String expected =
                        column.name() + " " + PG.renderType(column.type()).toLowerCase();
                assertTrue(create.contains(expected), expected + " in " + create);
            }
        }
    }

    static Table table(String name) {
        return snapshot.table(name)
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + snapshot.tables()));
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    static ForeignKey foreignKeyTo(Table table, String referenced) {
        return table.foreignKeys().stream()
                .filter(fk -> fk.referencedTable().equals(referenced))
                .findFirst()
                .orElseThrow();
    }

    static <T> T single(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }
}
