package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.database.Database;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.databases.contract.TypeParityContract;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** SQLite's types side by side with Hibernate's (community) SQLite dialect. */
class SqliteTypeParityTest extends TypeParityContract {

    @Override
    protected Database database() {
        return new SqliteDatabase();
    }

    @Override
    protected Database.HibernateProduct hibernateProduct() {
        return new Database.HibernateProduct("SQLite", 3, 0);
    }

    @Override
    protected int hibernateCode(TypeKind kind) {
        return switch (kind) {
            case UUID -> SqlTypes.BINARY; // Hibernate's SQLite dialect stores UUIDs as binary
            case JSON -> SqlTypes.LONG32VARCHAR; // ... and JSON as its long string type
            default -> super.hibernateCode(kind);
        };
    }

    /** No enum types: varchar(255), and the values are a check (AbstractDdl). */
    @Override
    protected String hibernateEnumDeclaration(String[] values) {
        return hibernateTypes.getTypeName(SqlTypes.VARCHAR, Size.length(255L));
    }

    /** Default sizes as Hibernate resolves them for real entity columns (not only for bare type codes). */
    @Test
    void defaultsMatchWhatHibernateGivesEntityColumns() {
        assertEquals("float", SqliteDialect.INSTANCE.renderType(ColumnType.of(TypeKind.FLOAT)));
        assertEquals("timestamp", SqliteDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE)));
    }
}
