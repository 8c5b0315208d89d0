package dev.autogen.databases.mariadb;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.sql.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the tables carry besides columns and keys, and the sequences: table comments, check constraints (their names
 * are unique per table only on MariaDB) and sequences (start, increment and cache come from the sequence itself).
 *
 * @param comments table name to comment, for tables that have one
 * @param checks table name to its check constraints
 * @param sequences the database's sequences
 */
record MariaDbObjects(
        Map<String, String> comments, Map<String, List<CheckConstraint>> checks, List<Sequence> sequences) {

    /**
     * The name MariaDB gives an unnamed table check; an unnamed column check is named after its column. Both read as
     * unnamed, as the entities have them (Hibernate names neither), and a column check keeps its column.
     */
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_\\d+");

    static MariaDbObjects read(Connection connection, String database, boolean mysql) throws SQLException {
        Map<String, String> comments = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        try (PreparedStatement ps =
                        connection.prepareStatement(MariaDbCatalogSql.forDatabase(MariaDbCatalogSql.TABLES, database));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if ("SEQUENCE".equals(rs.getString(2))) {
                    sequenceNames.add(rs.getString(1));
                } else if (rs.getString(3) != null && !rs.getString(3).isEmpty()) {
                    comments.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        Map<String, List<CheckConstraint>> checks = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        MariaDbCatalogSql.forDatabase(MariaDbCatalogSql.checkConstraints(mysql), database));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String name = rs.getString(2);
                String clause = rs.getString(3);
                boolean columnLevel = "Column".equalsIgnoreCase(rs.getString(4));
                if (columnLevel && impliedByJson(name, clause)) {
                    continue;
                }
                checks.computeIfAbsent(table, t -> new ArrayList<>())
                        .add(
                                mysql
                                        ? new CheckConstraint(name, clause)
                                        : new CheckConstraint(
                                                columnLevel
                                                                || GENERATED_NAME
                                                                        .matcher(name)
                                                                        .matches()
                                                        ? null
                                                        : name,
                                                clause,
                                                columnLevel ? name : null));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String name : sequenceNames) {
            sequences.add(sequence(connection, database, name));
        }
        return new MariaDbObjects(comments, checks, sequences);
    }

    /** {@code json_valid(`c`)} on column {@code c}: what MariaDB adds for a {@code json} column, part of its type. */
    static boolean impliedByJson(String name, String clause) {
        List<SqlLexer.Token> tokens = SqlLexer.tokens(clause.trim(), MariaDbDialect.LEXER_RULES);
        return tokens.size() == 4
                && tokens.get(0).kind() == SqlLexer.Kind.WORD
                && tokens.get(0).text().equals("json_valid")
                && tokens.get(1).isSymbol('(')
                && tokens.get(2).kind() == SqlLexer.Kind.QUOTED
                && tokens.get(2).quote() == '`'
                && tokens.get(2).terminated()
                && tokens.get(2).identifier().equals(name)
                && tokens.get(3).isSymbol(')');
    }

    String tableComment(String table) {
        return comments.get(table);
    }

    List<CheckConstraint> checks(String table) {
        return checks.getOrDefault(table, List.of());
    }

    private static Sequence sequence(Connection connection, String database, String name) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT start_value, increment, cache_size FROM " + quote(database) + "." + quote(name))) {
            rs.next();
            return new Sequence(name, rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
