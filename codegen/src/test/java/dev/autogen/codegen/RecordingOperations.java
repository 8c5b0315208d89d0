package dev.autogen.codegen;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes down the calls a compiled migration makes, as the model values the runtime's builders produced, so a test
 * can check that the generated code rebuilds exactly the operations it was generated from. No database involved:
 * {@link PlanCalls} gives the same text for the plan itself.
 */
final class RecordingOperations implements Operations {

    final List<String> calls = new ArrayList<>();

    @Override
    public String dialectName() {
        return "recording";
    }

    @Override
    public void createTable(String table, Schema.TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<dev.autogen.core.model.CheckConstraint> checks = new ArrayList<>();
        String comment = null;
        dev.autogen.core.model.InitialRows rows = null;
        for (Schema.TableElement element : elements) {
            if (element instanceof Schema.ColumnSpec c) {
                columns.add(c.column());
            } else if (element instanceof Schema.PrimaryKeySpec pk) {
                if (primaryKey != null) {
                    throw new AssertionError("two primary keys in createTable " + table);
                }
                primaryKey = pk.primaryKey();
            } else if (element instanceof Schema.UniqueSpec u) {
                uniques.add(u.constraint());
            } else if (element instanceof Schema.IndexSpec i) {
                indexes.add(i.index());
            } else if (element instanceof Schema.ForeignKeySpec fk) {
                foreignKeys.add(fk.foreignKey());
            } else if (element instanceof Schema.CheckSpec c) {
                checks.add(c.check());
            } else if (element instanceof Schema.TableCommentSpec c) {
                comment = c.comment();
            } else if (element instanceof Schema.RowsSpec r) {
                rows = r.rows();
            } else {
                throw new AssertionError("unknown table element " + element);
            }
        }
        calls.add("createTable "
                + new Table(table, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, rows));
    }

    @Override
    public void dropTable(String table) {
        calls.add("dropTable " + table);
    }

    @Override
    public void addColumn(String table, Schema.ColumnSpec column) {
        calls.add("addColumn " + table + " " + column.column());
    }

    @Override
    public void dropColumn(String table, String column) {
        calls.add("dropColumn " + table + " " + column);
    }

    @Override
    public void alterColumn(String table, String column, Schema.ColumnStateSpec from, Schema.ColumnStateSpec to) {
        calls.add("alterColumn " + table + " " + column + " " + from.state() + " " + to.state());
    }

    @Override
    public void alterColumn(
            String table,
            String column,
            Schema.ColumnStateSpec from,
            Schema.ColumnStateSpec to,
            Schema.ValueMappingSpec values) {
        calls.add(
                "alterColumn " + table + " " + column + " " + from.state() + " " + to.state() + " " + values.mapping());
    }

    @Override
    public void createIndex(String table, Schema.IndexSpec index) {
        calls.add("createIndex " + table + " " + index.index());
    }

    @Override
    public void dropIndex(String table, String index) {
        calls.add("dropIndex " + table + " " + index);
    }

    @Override
    public void createUniqueConstraint(String table, Schema.UniqueSpec constraint) {
        calls.add("createUniqueConstraint " + table + " " + constraint.constraint());
    }

    @Override
    public void dropUniqueConstraint(String table, String constraint) {
        calls.add("dropUniqueConstraint " + table + " " + constraint);
    }

    @Override
    public void dropUniqueConstraint(String table, Schema.UniqueSpec constraint) {
        calls.add("dropUniqueConstraint " + table + " " + constraint.constraint());
    }

    @Override
    public void createForeignKey(String table, Schema.ForeignKeySpec foreignKey) {
        calls.add("createForeignKey " + table + " " + foreignKey.foreignKey());
    }

    @Override
    public void dropForeignKey(String table, String foreignKey) {
        calls.add("dropForeignKey " + table + " " + foreignKey);
    }

    @Override
    public void dropForeignKey(String table, Schema.ForeignKeySpec foreignKey) {
        calls.add("dropForeignKey " + table + " " + foreignKey.foreignKey());
    }

    @Override
    public void execute(String sql) {
        calls.add("execute " + sql);
    }

    @Override
    public void createCheckConstraint(String table, Schema.CheckSpec check) {
        calls.add("createCheckConstraint " + table + " " + check.check());
    }

    @Override
    public void dropCheckConstraint(String table, String check) {
        calls.add("dropCheckConstraint " + table + " " + check);
    }

    @Override
    public void dropCheckConstraint(String table, Schema.CheckSpec check) {
        calls.add("dropCheckConstraint " + table + " " + check.check());
    }

    @Override
    public void createSequence(Schema.SequenceSpec sequence) {
        calls.add("createSequence " + sequence.sequence());
    }

    @Override
    public void dropSequence(String sequence) {
        calls.add("dropSequence " + sequence);
    }

    @Override
    public void alterSequence(Schema.SequenceSpec from, Schema.SequenceSpec to) {
        calls.add("alterSequence " + from.sequence() + " " + to.sequence());
    }

    @Override
    public void setTableComment(String table, String comment) {
        calls.add("setTableComment " + table + " " + comment);
    }

    @Override
    public void renameTable(String from, String to) {
        calls.add("renameTable " + from + " " + to);
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        calls.add("renameColumn " + table + " " + from + " " + to);
    }
}
