package dev.autogen.databases.mariadb;

import dev.autogen.core.database.Database;
import dev.autogen.core.model.TypeKind;
import dev.autogen.databases.contract.TypeParityContract;
import java.util.Set;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;

/** MySQL's types side by side with Hibernate's MySQL dialect. */
class MySqlTypeParityTest extends TypeParityContract {

    @Override
    protected Database database() {
        return new MySqlDatabase();
    }

    /**
     * On MariaDB and MySQL, Hibernate renders these LOB codes by length ({@code tinyblob}, {@code blob},
     * {@code mediumblob}, {@code longblob}); the portable kinds have no length and are Hibernate's default LOB length.
     */
    @Override
    protected Set<Integer> sizedLobs() {
        return Set.of(SqlTypes.BLOB, SqlTypes.CLOB, SqlTypes.NCLOB);
    }

    /**
     * On MariaDB and MySQL the portable {@code TIMESTAMP_WITH_TIME_ZONE} is what Hibernate makes of {@code Instant} and
     * {@code OffsetDateTime} ({@code TIMESTAMP_UTC}: {@code datetime(p)}); Hibernate's rare TIMESTAMP_WITH_TIMEZONE
     * code ({@code timestamp(p)}) is read from its text.
     */
    @Override
    protected Set<Integer> fromText() {
        return Set.of(SqlTypes.TIMESTAMP_WITH_TIMEZONE);
    }

    /** Both store Instant and OffsetDateTime (TIMESTAMP_UTC) as datetime: the zone-aware kind renders so. */
    @Override
    protected int hibernateCode(TypeKind kind) {
        return kind == TypeKind.TIMESTAMP_WITH_TIME_ZONE ? SqlTypes.TIMESTAMP_UTC : super.hibernateCode(kind);
    }

    /** Hibernate's MySQL dialect has no uuid type: it maps UUIDs to binary(16). */
    @Override
    protected String hibernateType(TypeKind kind, Size size) {
        return kind == TypeKind.UUID
                ? hibernateTypes.getTypeName(SqlTypes.BINARY, Size.length(16L))
                : super.hibernateType(kind, size);
    }
}
