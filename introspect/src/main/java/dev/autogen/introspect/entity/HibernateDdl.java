package dev.autogen.introspect.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Exportable;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.UserDefinedType;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * The DDL Hibernate's own schema creator emits for a boot, rendered through the dialect's exporters. Namespaces
 * (catalogs and schemas) are not created: the target schema is the connection's.
 */
final class HibernateDdl {

    private final Metadata metadata;
    private final Dialect dialect;
    private final SqlStringGenerationContext context;

    HibernateDdl(HibernateBoot boot) {
        this.metadata = boot.metadata();
        this.dialect = boot.dialect();
        this.context = boot.sqlContext();
    }

    /**
     * Every statement for {@code target}'s database: where it keeps no comments (SQLite), Hibernate's
     * {@code comment on} statements are left out, since they fail there and Hibernate's own export only logs that.
     */
    List<String> createStatements(dev.autogen.core.dialect.SchemaDialect target) {
        List<String> statements = createStatements();
        return target.supportsComments()
                ? statements
                : statements.stream()
                        .filter(sql -> !sql.regionMatches(true, 0, "comment on ", 0, "comment on ".length()))
                        .toList();
    }

    /** Every statement, in the order of Hibernate's {@code SchemaCreatorImpl}. */
    List<String> createStatements() {
        List<String> out = new ArrayList<>();
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (object.appliesToDialect(dialect) && object.beforeTablesOnCreation()) {
                add(out, dialect.getAuxiliaryDatabaseObjectExporter(), object);
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (UserDefinedType type : namespace.getDependencyOrderedUserDefinedTypes()) {
                add(out, dialect.getUserDefinedTypeExporter(), type);
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Sequence sequence : namespace.getSequences()) {
                add(out, dialect.getSequenceExporter(), sequence);
            }
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    out.addAll(table(table));
                }
            }
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && table.isView()) {
                    out.addAll(table(table));
                }
            }
            for (Table table : namespace.getTables()) {
                if (!table.isPhysicalTable()) {
                    continue;
                }
                for (Index index : table.getIndexes().values()) {
                    add(out, dialect.getIndexExporter(), index);
                }
                for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
                    out.addAll(uniqueKey(uniqueKey));
                }
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
                    out.addAll(foreignKey(foreignKey));
                }
            }
        }
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (object.appliesToDialect(dialect) && !object.beforeTablesOnCreation()) {
                add(out, dialect.getAuxiliaryDatabaseObjectExporter(), object);
            }
        }
        for (InitCommand command : metadata.getDatabase().getInitCommands()) {
            addAll(out, command.initCommands());
        }
        return List.copyOf(out);
    }

    /** The statements creating one table, with its comments and init commands. */
    List<String> table(Table table) {
        return render(dialect.getTableExporter(), table);
    }

    /** The statements adding one unique key; empty where the dialect declares it in the table. */
    List<String> uniqueKey(UniqueKey uniqueKey) {
        return render(dialect.getUniqueKeyExporter(), uniqueKey);
    }

    /** The statements adding one foreign key; empty where Hibernate would not create it. */
    /** Whether the dialect's exporter creates foreign keys at all: it needs ALTER TABLE, which SQLite lacks for them. */
    boolean emitsForeignKeys() {
        return dialect.hasAlterTable();
    }

    List<String> foreignKey(ForeignKey foreignKey) {
        return render(dialect.getForeignKeyExporter(), foreignKey);
    }

    /** Whether the dialect declares a single-column unique inline in the column definition. */
    boolean declaresInlineUnique(org.hibernate.mapping.Column column) {
        String fragment = dialect.getUniqueDelegate().getColumnDefinitionUniquenessFragment(column, context);
        return fragment != null && !fragment.isBlank();
    }

    private <T extends Exportable> List<String> render(Exporter<T> exporter, T exportable) {
        List<String> out = new ArrayList<>();
        add(out, exporter, exportable);
        return out;
    }

    private <T extends Exportable> void add(List<String> out, Exporter<T> exporter, T exportable) {
        addAll(out, exporter.getSqlCreateStrings(exportable, metadata, context));
    }

    private static void addAll(List<String> out, String[] statements) {
        if (statements != null) {
            Arrays.stream(statements).filter(s -> s != null && !s.isEmpty()).forEach(out::add);
        }
    }
}
