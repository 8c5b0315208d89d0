/**
 * Reads the schema JPA entities describe, offline: compiled {@code @Entity} classes are found with ClassGraph, booted
 * through Hibernate ORM's metamodel with the target database's dialect, and translated into a core
 * {@link dev.autogen.core.model.SchemaSnapshot} ({@link dev.autogen.introspect.entity.EntityReader}). The same boot
 * renders the DDL Hibernate's own schema export would run ({@link dev.autogen.introspect.entity.HibernateSchemaExport}).
 * The boot applies the application's own Hibernate settings ({@link dev.autogen.introspect.entity.HibernateSettings}:
 * those given, and Spring Boot's where the entity class path holds it). No Hibernate type leaves this package, but for
 * {@link dev.autogen.introspect.entity.SpringBootImplicitNaming}, a naming strategy Hibernate instantiates by name.
 */
package dev.autogen.introspect.entity;
