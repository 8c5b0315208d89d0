package dev.autogen.introspect.live;

import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.UniqueConstraint;
import java.util.Comparator;
import java.util.List;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/** A crawled table's keys and indexes as SchemaCrawler read them, in the model's terms, for the readers that crawl. */
public final class CrawledTables {

    private CrawledTables() {}

    /** The primary key, columns in key order, or null when the table has none. */
    public static PrimaryKey primaryKey(Table table) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        schemacrawler.schema.PrimaryKey key = table.getPrimaryKey();
        return new PrimaryKey(key.getName(), constrainedColumns(key));
    }

    /** The unique constraints, columns in key order, sorted by name. */
    public static List<UniqueConstraint> uniqueConstraints(Table table) {
        return table.getTableConstraints().stream()
                .filter(c -> c.getType() == TableConstraintType.unique)
                .sorted(Comparator.comparing(TableConstraint::getName))
                .map(c -> new UniqueConstraint(c.getName(), constrainedColumns(c)))
                .toList();
    }

    /** The indexes as the driver reports them, columns in index order (DESC ones noted), sorted by name. */
    public static List<Index> indexes(Table table) {
        return table.getIndexes().stream()
                .map(index -> new Index(
                        index.getName(),
                        index.getColumns().stream()
                                .sorted(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition))
                                .map(IndexColumn::getName)
                                .toList(),
                        index.isUnique(),
                        index.getColumns().stream()
                                .filter(c -> c.getSortSequence() == IndexColumnSortSequence.descending)
                                .map(IndexColumn::getName)
                                .toList()))
                .sorted(Comparator.comparing(Index::name))
                .toList();
    }

    private static List<String> constrainedColumns(TableConstraint constraint) {
        return constraint.getConstrainedColumns().stream()
                .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
                .map(TableConstraintColumn::getName)
                .toList();
    }
}
