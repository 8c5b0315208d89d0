package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hibernate.HibernateException;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Reads the schema that compiled JPA entities describe, offline, through Hibernate ORM's boot metamodel with the
 * target database's dialect. The snapshot holds what Hibernate's own schema export would create there: physical
 * tables (join tables, collection tables and, where the database has no sequences, sequence tables included), column
 * types as the dialect renders them, defaults, generated expressions, primary keys, unique constraints, indexes, the
 * foreign keys the dialect creates, check constraints (Hibernate's own for enums and discriminators unnamed), table
 * and column comments where the database keeps them, and sequences where it has them. Names are as the database
 * stores them.
 */
public final class EntityReader implements EntityModels {

    private final DatabaseVersion databaseVersion;

    /** A reader for each dialect's default database version (PostgreSQL 15.0, SQLite 3.45, ...). */
    public EntityReader() {
        this(null);
    }

    /** A reader for this database version, or the dialect's default when null. */
    public EntityReader(DatabaseVersion databaseVersion) {
        this.databaseVersion = databaseVersion;
    }

    /**
     * Reads the entities of {@code source} as Hibernate maps them on {@code dialect}'s database.
     *
     * @throws EntityReadException when the classes cannot be found or loaded, or Hibernate rejects the mapping
     */
    @Override
    public SchemaSnapshot read(EntitySource source, SchemaDialect dialect) {
        return read(source, dialect, false);
    }

    /**
     * Reads the entities of {@code source} with their schemas: a table or sequence of an entity mapped to a schema of
     * its own ({@code @Table(schema = "sales")}; on MariaDB and MySQL, where schemas are databases, also
     * {@code catalog = ...}) is named {@code sales.orders} ({@link dev.autogen.core.model.QualifiedName}), the
     * others by their name alone; a foreign key names the table it references the same way.
     *
     * @throws EntityReadException when the classes cannot be found or loaded, or Hibernate rejects the mapping
     */
    @Override
    public SchemaSnapshot readWithSchemas(EntitySource source, SchemaDialect dialect) {
        return read(source, dialect, true);
    }

    /** Boots Hibernate once for the dialect's database (this reader's version) and reads the model and the DDL. */
    @Override
    public EntityExport export(EntitySource source, SchemaDialect dialect) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        HibernateTarget target = HibernateTarget.forDialect(dialect.name(), databaseVersion);
        try (HibernateBoot boot = HibernateBoot.start(source, target)) {
            try {
                HibernateDdl ddl = new HibernateDdl(boot);
                boolean qualified = false;
                for (Namespace n : boot.database().getNamespaces()) {
                    qualified |= !n.getTables().isEmpty()
                            && (n.getName().catalog() != null || n.getName().schema() != null);
                }
                return new EntityExport(
                        new SnapshotBuilder(boot, dialect).build(),
                        ddl.createStatements(dialect),
                        ddl.emitsForeignKeys(),
                        qualified);
            } catch (HibernateException | LinkageError e) {
                throw BootFailures.boot(e);
            }
        }
    }

    @Override
    public String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }

    @Override
    public List<Path> codeLocations() {
        return EntityModelCache.codeLocations(EntityReader.class, org.hibernate.boot.Metadata.class);
    }

    private SchemaSnapshot read(EntitySource source, SchemaDialect dialect, boolean qualified) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        HibernateTarget target = HibernateTarget.forDialect(dialect.name(), databaseVersion);
        try (HibernateBoot boot = HibernateBoot.start(source, target)) {
            try {
                return new SnapshotBuilder(boot, dialect).build(qualified);
            } catch (HibernateException | LinkageError e) {
                throw BootFailures.boot(e);
            }
        }
    }
}
