package dev.autogen.introspect.entity;

import dev.autogen.core.model.SchemaSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What one Hibernate boot of the entities gives ({@link EntityModels#export}): the model {@link EntityReader} reads
 * and the statements {@link HibernateSchemaExport} runs, for comparing through a scratch copy of the schema. Plain
 * data, shared by the class loaders of {@link EntityModels#withHibernate}.
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
}
