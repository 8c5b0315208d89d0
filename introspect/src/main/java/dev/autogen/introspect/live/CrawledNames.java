package dev.autogen.introspect.live;

import java.util.Objects;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;

/** Names of what SchemaCrawler read, as the model carries them. */
public final class CrawledNames {

    private CrawledNames() {}

    /**
     * The table a foreign key of {@code table} references: its name when both are in the same schema, otherwise
     * {@code schema.table} (on MariaDB and MySQL the schema is the database, SchemaCrawler's catalog).
     */
    public static String referencedTable(Table table, Table referenced) {
        Schema own = table.getSchema();
        Schema other = referenced.getSchema();
        if (Objects.equals(own.getCatalogName(), other.getCatalogName()) && Objects.equals(own.getName(), other.getName())) {
            return referenced.getName();
        }
        String schema = other.getName() != null ? other.getName() : other.getCatalogName();
        return schema == null ? referenced.getName() : schema + "." + referenced.getName();
    }
}
