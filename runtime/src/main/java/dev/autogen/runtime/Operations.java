package dev.autogen.runtime;

/**
 * The operations a migration performs. Every method renders DDL for the connected database's dialect; the same
 * migration runs unchanged on each supported database. On SQLite, changes that {@code ALTER TABLE} cannot make are done
 * by rebuilding the table inside the migration's transaction, keeping every row.
 *
 * <p>Names are written as Hibernate writes them: a plain name ({@code author}, {@code Author}) is unquoted, and each
 * database folds it as it folds Hibernate's unquoted SQL ({@code author} on PostgreSQL, {@code AUTHOR} on H2); a name in
 * backticks ({@code "`MixedCase`"}) is quoted and keeps its case everywhere; a key word or a name with other characters
 * ({@code "order"}, {@code "my table"}) is quoted as written. A table in another schema is {@code "sales.orders"}.
 */
public interface Operations {

    /** The dialect's short name ({@code postgresql}, {@code sqlite}, ...), for the rare migration that must branch. */
    String dialectName();

    /** Creates a table from columns, a primary key, unique constraints, foreign keys and indexes. */
    void createTable(String table, Schema.TableElement... elements);

    void dropTable(String table);

    void addColumn(String table, Schema.ColumnSpec column);

    void dropColumn(String table, String column);

    /** Changes a column's type, nullability and/or server default from {@code from} to {@code to}. */
    void alterColumn(String table, String column, Schema.ColumnStateSpec from, Schema.ColumnStateSpec to);

    /**
     * Changes a column's type, converting each stored value as {@code values} says instead of by the database's cast:
     * {@code mapValues("A", 0, "B", 1)} when an enum stored by name is stored by ordinal from now on. Values not listed
     * are cast (and fail where the new type cannot hold them).
     */
    void alterColumn(
            String table,
            String column,
            Schema.ColumnStateSpec from,
            Schema.ColumnStateSpec to,
            Schema.ValueMappingSpec values);

    void createIndex(String table, Schema.IndexSpec index);

    void dropIndex(String table, String index);

    void createUniqueConstraint(String table, Schema.UniqueSpec constraint);

    void dropUniqueConstraint(String table, String constraint);

    /**
     * Drops a unique constraint by name, or, when the spec has none (the database named it), by its columns.
     */
    void dropUniqueConstraint(String table, Schema.UniqueSpec constraint);

    void createForeignKey(String table, Schema.ForeignKeySpec foreignKey);

    void dropForeignKey(String table, String foreignKey);

    /** Drops a foreign key by name, or, when the spec has none (the database named it), by its columns. */
    void dropForeignKey(String table, Schema.ForeignKeySpec foreignKey);

    void createCheckConstraint(String table, Schema.CheckSpec check);

    void dropCheckConstraint(String table, String check);

    /** Drops a check constraint by name, or, when the spec has none, the one with this expression. */
    void dropCheckConstraint(String table, Schema.CheckSpec check);

    void createSequence(Schema.SequenceSpec sequence);

    void dropSequence(String sequence);

    /** Changes a sequence's start and increment from {@code from} to {@code to}. */
    void alterSequence(Schema.SequenceSpec from, Schema.SequenceSpec to);

    /** Sets the table's comment; null removes it. */
    void setTableComment(String table, String comment);

    /** Renames a table, keeping its rows. */
    void renameTable(String from, String to);

    /** Renames a column, keeping its values. */
    void renameColumn(String table, String from, String to);

    /** Runs one SQL statement as written. */
    void execute(String sql);

    /**
     * These operations in the form that does not block writes to a table that already holds rows, where the database
     * has one; what {@code autogen revision} writes for a change to an existing table when {@code online=auto}:
     * {@code op.online().createIndex("orders", index("ix_orders_customer", "customer_id"))}.
     *
     * <ul>
     *   <li>PostgreSQL builds indexes {@code CONCURRENTLY} (and drops them so), outside the migration's transaction,
     *       and builds them again where an earlier build failed and left an {@code INVALID} index; adds foreign keys
     *       and check constraints {@code NOT VALID} and validates them in a statement of their own; sets
     *       {@code NOT NULL} through a validated {@code CHECK (col IS NOT NULL)}; builds a unique constraint from a
     *       unique index built concurrently. A migration that uses them runs as one marked
     *       {@code @Revision(transactional = false)} does: statement by statement, resumable.
     *   <li>MariaDB and MySQL add {@code ALGORITHM=INPLACE, LOCK=NONE} (which takes {@code INSTANT} where it can), so
     *       that the server refuses rather than copies the table; a change that only the copy algorithm makes runs in
     *       its plain form, and the generated migration marks it as blocking.
     *   <li>SQLite and H2 have no such forms: the calls are the plain ones.
     * </ul>
     */
    default Operations online() {
        return this;
    }

    /**
     * Runs the calls of {@code statements} (on this {@code op}) outside the migration's transaction, for a statement
     * that cannot run inside one, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}:
     * {@code op.outsideTransaction(() -> op.execute("CREATE INDEX CONCURRENTLY ..."))}. A migration that calls it runs
     * as one marked {@code @Revision(transactional = false)} does: each statement on its own, with its progress
     * recorded, so that a run stopped part-way resumes after the last statement that completed; those of the block with
     * auto-commit on. Offline SQL puts {@code COMMIT} before the block and {@code BEGIN} after it.
     */
    default void outsideTransaction(Runnable statements) {
        statements.run();
    }
}
