package dev.autogen.introspect.entity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The database Hibernate's dialect is resolved for, given as JPA's product name and version settings so that no
 * connection is needed.
 */
record HibernateTarget(String productName, DatabaseVersion version) {

    private static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";
    private static final String MAJOR_VERSION = "jakarta.persistence.database-major-version";
    private static final String MINOR_VERSION = "jakarta.persistence.database-minor-version";
    private static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

    /** The target for a dialect name ({@code SchemaDialect#name()}), at the given version or the default one. */
    static HibernateTarget forDialect(String dialectName, DatabaseVersion versionOrNull) {
        HibernateTarget defaults = switch (dialectName.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> new HibernateTarget("PostgreSQL", new DatabaseVersion(15, 0));
            case "sqlite" -> new HibernateTarget("SQLite", new DatabaseVersion(3, 45));
            case "mariadb" -> new HibernateTarget("MariaDB", new DatabaseVersion(10, 11));
            case "mysql" -> new HibernateTarget("MySQL", new DatabaseVersion(8, 4));
            case "h2" -> new HibernateTarget("H2", new DatabaseVersion(2, 3));
            default -> throw new EntityReadException("Unsupported database '" + dialectName
                    + "' for reading entities: use postgresql, sqlite, mariadb, mysql or h2");
        };
        return versionOrNull == null ? defaults : new HibernateTarget(defaults.productName(), versionOrNull);
    }

    /** Settings for a fully offline boot against this database. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ALLOW_JDBC_METADATA_ACCESS, "false");
        settings.put(PRODUCT_NAME, productName);
        settings.put(MAJOR_VERSION, Integer.toString(version.major()));
        settings.put(MINOR_VERSION, Integer.toString(version.minor()));
        return settings;
    }
}
