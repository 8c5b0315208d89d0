package dev.autogen.spring.boot;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Says that Autogen manages the schema of the data source it migrates, so that Spring Boot's JPA support does not
 * default {@code spring.jpa.hibernate.ddl-auto} to {@code create-drop} on an embedded database whose tables come from
 * the migrations.
 */
class AutogenSchemaManagementProvider implements SchemaManagementProvider {

    private final DataSource migrated;

    /** @param migrated the application's data source Autogen migrates, or null when it uses a connection of its own */
    AutogenSchemaManagementProvider(DataSource migrated) {
        this.migrated = migrated;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrated != null && migrated == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
