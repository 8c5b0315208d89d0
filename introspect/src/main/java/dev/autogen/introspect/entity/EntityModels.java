package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * What the entities describe, read by one Hibernate ORM: Autogen's own ({@link #bundled()}), or an application's
 * ({@link #withHibernate}), loaded apart from Autogen's so that the schema is the one that application's Hibernate
 * would create. No Hibernate type crosses this interface: the engine holds it whichever Hibernate reads.
 */
public interface EntityModels {

    /** The oldest and newest Hibernate ORM minor versions Autogen reads entities with (tested side by side). */
    String SUPPORTED_VERSIONS = "7.2 to 7.4";

    /**
     * Reads the entities of {@code source} as Hibernate maps them on {@code dialect}'s database.
     *
     * @throws EntityReadException when the classes cannot be found or loaded, or Hibernate rejects the mapping
     */
    SchemaSnapshot read(EntitySource source, SchemaDialect dialect);

    /**
     * Reads the entities with their schemas ({@link EntityReader#readWithSchemas}).
     *
     * @throws EntityReadException when the classes cannot be found or loaded, or Hibernate rejects the mapping
     */
    SchemaSnapshot readWithSchemas(EntitySource source, SchemaDialect dialect);

    /**
     * Boots Hibernate once and reads both the model and the statements its schema export runs.
     *
     * @throws EntityReadException when the classes cannot be found or loaded, or Hibernate rejects the mapping
     */
    EntityExport export(EntitySource source, SchemaDialect dialect);

    /** The version of the Hibernate ORM that reads, as it names itself ({@code 7.2.19.Final}). */
    String hibernateVersion();

    /** The jars and class folders of the code that reads (for the entity-model cache: new code, a new read). */
    List<Path> codeLocations();

    /** Autogen's own Hibernate ORM, on Autogen's class path. */
    static EntityModels bundled() {
        return new EntityReader();
    }

    /**
     * An application's Hibernate ORM: {@code hibernateClassPath} holds its {@code hibernate-core} jar and what that
     * needs (and {@code hibernate-community-dialects} for SQLite), in a class loader of their own, that holds Autogen's
     * entity reader too; the rest (the JDK, Autogen's model) is shared.
     */
    static EntityModels withHibernate(List<Path> hibernateClassPath) {
        return HibernateIsolation.open(hibernateClassPath);
    }
}
