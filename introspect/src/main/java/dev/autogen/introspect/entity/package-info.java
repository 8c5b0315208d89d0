/**
 * Reads the schema JPA entities describe, offline: compiled {@code @Entity} classes are found with ClassGraph, booted
 * through Hibernate ORM's metamodel with the target database's dialect, and translated into a core
 * {@link dev.autogen.core.model.SchemaSnapshot} ({@link dev.autogen.introspect.entity.EntityReader}). The same boot
 * renders the DDL Hibernate's own schema export would run ({@link dev.autogen.introspect.entity.HibernateSchemaExport}).
 * No Hibernate type leaves this package.
 */
package dev.autogen.introspect.entity;
