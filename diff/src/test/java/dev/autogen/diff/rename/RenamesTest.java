package dev.autogen.diff.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.PlainDialect;
import dev.autogen.diff.SchemaDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenamesTest {

    static final SchemaDialect DIALECT = PlainDialect.INSTANCE;

    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);

    static ColumnType varchar(int n) {
        return ColumnType.withLength(TypeKind.VARCHAR, n);
    }

    static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of());
    }

    static Column col(String name, ColumnType type) {
        return new Column(name, type, true, null, false);
    }

    static Column id() {
        return new Column("id", BIGINT, false, null, false);
    }

    static List<Rename> detect(List<Table> target, List<Table> current) {
        MigrationPlan plan = SchemaDiff.compare(
                new SchemaSnapshot(target), new SchemaSnapshot(current), DiffOptions.defaults(), DIALECT);
        return Renames.detect(plan, DIALECT);
    }

    @Test
    void aDroppedAndAnAddedColumnOfTheSameTypeMayBeARename() {
        List<Rename> found = detect(
                List.of(table("users", id(), col("full_name", varchar(100)))),
                List.of(table("users", id(), col("name", varchar(100)))));
        assertEquals(List.of(new Rename("users", "name", "full_name")), found);
        Rename r = found.get(0);
        assertEquals("users.name=full_name", r.spec());
        assertEquals("Did you rename users.name to users.full_name? [y/N]", r.question());
        assertEquals("users.name -> users.full_name", r.describe());
    }

    @Test
    void aWiderTypeStillFitsButANarrowerOrOtherOneDoesNot() {
        assertEquals(
                List.of(new Rename("users", "name", "full_name")),
                detect(
                        List.of(table("users", id(), col("full_name", varchar(200)))),
                        List.of(table("users", id(), col("name", varchar(100))))));
        assertEquals(
                List.of(new Rename("users", "age", "years")),
                detect(
                        List.of(table("users", id(), col("years", BIGINT))),
                        List.of(table("users", id(), col("age", INTEGER)))));
        assertEquals(
                List.of(),
                detect(
                        List.of(table("users", id(), col("full_name", varchar(50)))),
                        List.of(table("users", id(), col("name", varchar(100))))));
        assertEquals(
                List.of(),
                detect(
                        List.of(table("users", id(), col("full_name", INTEGER))),
                        List.of(table("users", id(), col("name", varchar(100))))));
    }

    @Test
    void eachDroppedColumnPairsWithOneAddedColumnExactTypesFirst() {
        List<Rename> found = detect(
                List.of(table("users", id(), col("b2", varchar(200)), col("a2", varchar(100)))),
                List.of(table("users", id(), col("a", varchar(100)), col("b", varchar(200)), col("c", varchar(100)))));
        assertEquals(List.of(new Rename("users", "a", "a2"), new Rename("users", "b", "b2")), found);
    }

    @Test
    void aDroppedAndACreatedTableWithTheSameColumnsMayBeARename() {
        assertEquals(
                List.of(new Rename("customer", null, "client")),
                detect(
                        List.of(table("client", id(), col("name", varchar(100)))),
                        List.of(table("customer", id(), col("name", varchar(100))))));
        assertEquals(
                List.of(),
                detect(
                        List.of(table("client", id(), col("title", varchar(100)))),
                        List.of(table("customer", id(), col("name", varchar(100))))));
        assertEquals(
                "Did you rename table customer to client? [y/N]", new Rename("customer", null, "client").question());
    }

    @Test
    void specsParse() {
        assertEquals(new Rename("users", "name", "full_name"), Rename.parse("users.name=full_name"));
        assertEquals(new Rename("users", "name", "full_name"), Rename.parse(" users.name = users.full_name "));
        assertEquals(new Rename("customer", null, "client"), Rename.parse("customer=client"));
        for (String bad :
                List.of("", "users", "=x", "x=", "a=b=c", "a=b.c", "users.name=other.full_name", "t.=x", "t.a.b=c")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rename.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--rename "), e.getMessage());
        }
    }

    @Test
    void requestedRenamesBecomeOperationsTablesFirst() {
        SchemaSnapshot current = new SchemaSnapshot(List.of(table("customer", id(), col("name", varchar(100)))));
        SchemaSnapshot target = new SchemaSnapshot(List.of(table("client", id(), col("full_name", varchar(100)))));
        assertEquals(
                List.of(new RenameTableOp("customer", "client"), new RenameColumnOp("client", "name", "full_name")),
                Renames.operations(
                        List.of(Rename.parse("customer.name=full_name"), Rename.parse("customer=client")),
                        current,
                        target,
                        DIALECT));
        assertEquals(
                List.of(new RenameTableOp("customer", "client"), new RenameColumnOp("client", "name", "full_name")),
                Renames.operations(
                        List.of(Rename.parse("client.name=full_name"), Rename.parse("CUSTOMER=client")),
                        current,
                        target,
                        DIALECT));
    }

    @Test
    void aRenameThatDoesNotFitTheSchemasSaysWhy() {
        SchemaSnapshot current =
                new SchemaSnapshot(List.of(table("users", id(), col("name", varchar(100)), col("nick", varchar(10)))));
        SchemaSnapshot target = new SchemaSnapshot(
                List.of(table("users", id(), col("full_name", varchar(100)), col("nick", varchar(10)))));
        assertEquals(
                "--rename users.nam=full_name: the database has no column users.nam",
                problem("users.nam=full_name", current, target));
        assertEquals(
                "--rename users.name=fullname: the entities have no column users.fullname",
                problem("users.name=fullname", current, target));
        assertEquals(
                "--rename users.nick=full_name: the entities still have a column users.nick",
                problem("users.nick=full_name", current, target));
        assertEquals(
                "--rename people.name=full_name: the database has no table people",
                problem("people.name=full_name", current, target));
        assertEquals(
                "--rename users=people: the entities have no table people", problem("users=people", current, target));
    }

    private static String problem(String spec, SchemaSnapshot current, SchemaSnapshot target) {
        return assertThrows(
                        IllegalArgumentException.class,
                        () -> Renames.operations(List.of(Rename.parse(spec)), current, target, DIALECT))
                .getMessage();
    }
}
