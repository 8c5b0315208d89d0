package dev.autogen.runtime.internal.migration;

import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Types.BIGINT;
import static dev.autogen.runtime.Types.INTEGER;
import static dev.autogen.runtime.Types.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The checksum over what a migration's {@code upgrade()} records, without a database: a canonical text of Autogen's
 * own, so that the same calls give the same checksum, and another call, argument, online form, SQL statement,
 * {@code outsideTransaction} block or {@code transactional = false} another one. (Reformatted sources are checked
 * through the command line in {@code ChecksumTest}.)
 */
class MigrationChecksumTest {

    private static final Dialect PG = Dialects.forName("postgresql");

    private static Migration upgrade(Consumer<Operations> body) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                body.accept(op);
            }

            @Override
            public void downgrade(Operations op) {}
        };
    }

    private static String sum(Consumer<Operations> body) {
        return MigrationChecksum.of(upgrade(body), PG, true);
    }

    private static void items(Operations op) {
        op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
        op.createIndex("items", index("idx_items_name", "name"));
        op.execute("UPDATE items SET name = 'x' WHERE name IS NULL");
    }

    @Test
    void theCanonicalTextIsAutogensOwn() {
        assertEquals("""
                autogen-checksum 1
                op add_table {definition={columns=[{name="id",type={kind=BIGINT}},{name="name",nullable=true,\
                type={kind=VARCHAR,length=50}}],name="items",primaryKey={columns=["id"]}}}
                op create_index {index={columns=["name"],name="idx_items_name"},table="items"}
                sql "UPDATE items SET name = 'x' WHERE name IS NULL"
                """, MigrationChecksum.canonical(upgrade(MigrationChecksumTest::items), PG, true));
        assertTrue(sum(MigrationChecksumTest::items).matches("[0-9a-f]{64}"));
    }

    @Test
    void theSameCallsGiveTheSameChecksumWhateverTheSqlLayout() {
        assertEquals(sum(MigrationChecksumTest::items), sum(op -> {
            op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
            op.createIndex("items", index("idx_items_name", "name"));
            op.execute("""
                    UPDATE items
                       SET name = 'x'   -- unnamed items
                     WHERE name IS NULL; /* done */
                    """);
        }));
    }

    @Test
    void anotherOperationArgumentStatementOrFormChangesIt() {
        String base = sum(MigrationChecksumTest::items);
        assertNotEquals(base, sum(op -> {
            op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(60)), primaryKey("id"));
            op.createIndex("items", index("idx_items_name", "name"));
            op.execute("UPDATE items SET name = 'x' WHERE name IS NULL");
        }));
        assertNotEquals(base, sum(op -> {
            op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
            op.online().createIndex("items", index("idx_items_name", "name"));
            op.execute("UPDATE items SET name = 'x' WHERE name IS NULL");
        }));
        assertNotEquals(base, sum(op -> {
            op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
            op.createIndex("items", index("idx_items_name", "name"));
            op.execute("UPDATE items SET name = 'y' WHERE name IS NULL");
        }));
        assertNotEquals(base, sum(op -> {
            op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
            op.outsideTransaction(() -> op.createIndex("items", index("idx_items_name", "name")));
            op.execute("UPDATE items SET name = 'x' WHERE name IS NULL");
        }));
        assertNotEquals(base, MigrationChecksum.of(upgrade(MigrationChecksumTest::items), PG, false));
        assertNotEquals(
                sum(op -> op.addColumn("t", column("a", INTEGER))),
                sum(op -> op.addColumn("t", column("a", INTEGER).notNull())));
    }

    /** A migration that branches on the dialect has a checksum per dialect; one that does not, one for all. */
    @Test
    void aBranchOnTheDialectMakesItPerDialect() {
        Migration branching = upgrade(op -> {
            if (op.dialectName().equals("postgresql")) {
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            }
            items(op);
        });
        Dialect sqlite = Dialects.forName("sqlite");
        assertNotEquals(MigrationChecksum.of(branching, PG, true), MigrationChecksum.of(branching, sqlite, true));
        Migration plain = upgrade(MigrationChecksumTest::items);
        assertEquals(MigrationChecksum.of(plain, PG, true), MigrationChecksum.of(plain, sqlite, true));
    }

    @Test
    void anUpgradeThatThrowsIsNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> sum(op -> {
                    throw new IllegalArgumentException("needs a name column");
                }));
        assertTrue(e.getMessage().endsWith("without a database: needs a name column"), e.getMessage());
    }
}
