package dev.autogen.introspect.entity;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Databases;
import java.util.LinkedHashMap;
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
        Database.HibernateProduct product;
        try {
            product = Databases.forName(dialectName).hibernate();
        } catch (IllegalArgumentException e) {
            throw new EntityReadException(
                    "Unsupported database '" + dialectName + "' for reading entities: " + Databases.supported());
        }
        DatabaseVersion version = versionOrNull != null
                ? versionOrNull
                : new DatabaseVersion(product.majorVersion(), product.minorVersion());
        return new HibernateTarget(product.productName(), version);
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
