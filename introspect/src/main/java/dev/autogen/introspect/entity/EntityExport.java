package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import org.hibernate.HibernateException;
import org.hibernate.boot.model.relational.Namespace;

/**
 * What one Hibernate boot of the entities gives: the model {@link EntityReader} reads and the statements
 * {@link HibernateSchemaExport} runs, for comparing through a scratch copy of the schema.
 *
 * @param model the schema the entities describe, as {@link EntityReader#read} gives it
 * @param createStatements Hibernate's create statements, in execution order
 * @param createsForeignKeys whether those statements create the foreign keys; false where the dialect's exporter
 *     cannot (it needs {@code ALTER TABLE ... ADD CONSTRAINT}), while {@code model} still has them
 * @param qualified whether some table is placed in a schema or catalog of its own ({@code @Table(schema = ...)}), so
 *     that the statements name it
 */
public record EntityExport(
        SchemaSnapshot model, List<String> createStatements, boolean createsForeignKeys, boolean qualified) {

    public EntityExport {
        Objects.requireNonNull(model, "model");
        createStatements = List.copyOf(createStatements);
    }

    /** Boots Hibernate once for {@code dialect}'s database (its default version) and reads both. */
    public static EntityExport read(EntitySource source, SchemaDialect dialect) {
        return read(source, dialect, null);
    }

    /** Boots Hibernate once for this database version (the dialect's default when null) and reads both. */
    public static EntityExport read(EntitySource source, SchemaDialect dialect, DatabaseVersion version) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        HibernateTarget target = HibernateTarget.forDialect(dialect.name(), version);
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
}
