package dev.autogen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A long history of small migrations, the same one for Autogen and for Alembic: one revision after another, every
 * fifth creating a table ({@code id} key and a {@code name}), the four between adding a column of a rotating type
 * to it. The Autogen files have the generator's shape (imports, header comment, {@code @Revision}); the Alembic ones
 * the shape {@code alembic revision} writes, with {@code env.py} as {@code alembic init} makes it (online only).
 */
final class HistoryGenerator {

    private static final String CREATED = "2026-12-01T00:00:00Z";
    private static final String[][] TYPES = {
        {"INTEGER", "sa.Integer()"},
        {"VARCHAR(50)", "sa.String(length=50)"},
        {"BOOLEAN", "sa.Boolean()"},
        {"TIMESTAMP(6)", "sa.DateTime()"},
    };

    private HistoryGenerator() {}

    /** The id of revision {@code i} (0-based): twelve hex digits, in file-name order. */
    static String id(int i) {
        return String.format(Locale.ROOT, "%012x", 0xb0000000000L + i);
    }

    static String table(int i) {
        return "item_" + (i / 5);
    }

    /** Writes {@code count} Autogen migrations into {@code versions}. */
    static void autogen(Path versions, int count) throws IOException {
        Files.createDirectories(versions);
        for (int i = 0; i < count; i++) {
            String id = id(i);
            String message = message(i);
            String className = camel(message) + "_" + id;
            String upgrade;
            String downgrade;
            if (i % 5 == 0) {
                upgrade = "op.createTable(\"" + table(i) + "\",\n"
                        + "                column(\"id\", BIGINT).notNull(),\n"
                        + "                column(\"name\", VARCHAR(100)),\n"
                        + "                primaryKey(\"id\"));";
                downgrade = "// DESTRUCTIVE: drops table \"" + table(i) + "\" and all its rows\n"
                        + "        op.dropTable(\"" + table(i) + "\");";
            } else {
                upgrade = "op.addColumn(\"" + table(i) + "\", column(\"" + column(i) + "\", " + TYPES[i % 5 - 1][0]
                        + "));";
                downgrade = "// DESTRUCTIVE: drops column " + table(i) + "." + column(i) + " and all its values\n"
                        + "        op.dropColumn(\"" + table(i) + "\", \"" + column(i) + "\");";
            }
            String parent = i == 0 ? "" : id(i - 1);
            String source = """
                    import dev.autogen.runtime.Migration;
                    import dev.autogen.runtime.Operations;
                    import dev.autogen.runtime.Revision;

                    import static dev.autogen.runtime.Schema.*;
                    import static dev.autogen.runtime.Types.*;

                    /**
                     * %s
                     *
                     * Revision ID: %s
                     * Revises: %s
                     * Create Date: %s
                     */
                    @Revision(
                            id = "%s",
                            %smessage = "%s",
                            created = "%s")
                    final class %s implements Migration {

                        @Override
                        public void upgrade(Operations op) {
                            %s
                        }

                        @Override
                        public void downgrade(Operations op) {
                            %s
                        }
                    }
                    """.formatted(
                            message,
                            id,
                            parent,
                            CREATED,
                            id,
                            i == 0 ? "" : "revises = {\"" + parent + "\"},\n        ",
                            message,
                            CREATED,
                            className,
                            upgrade,
                            downgrade);
            Files.writeString(
                    versions.resolve(id + "_" + message.replace(' ', '_') + ".java"), source, StandardCharsets.UTF_8);
        }
    }

    /** Writes an Alembic project into {@code dir}: {@code alembic.ini}, {@code env.py} and {@code count} revisions. */
    static void alembic(Path dir, Path database, int count) throws IOException {
        Path versions = dir.resolve("versions");
        Files.createDirectories(versions);
        Files.writeString(
                dir.resolve("alembic.ini"),
                String.join(
                        "\n", "[alembic]", "script_location = " + dir, "sqlalchemy.url = sqlite:///" + database, ""),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("env.py"), """
                from alembic import context
                from sqlalchemy import engine_from_config, pool

                config = context.config
                target_metadata = None


                def run_migrations_online():
                    connectable = engine_from_config(
                        config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
                    with connectable.connect() as connection:
                        context.configure(connection=connection, target_metadata=target_metadata)
                        with context.begin_transaction():
                            context.run_migrations()


                run_migrations_online()
                """, StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            String id = id(i);
            String upgrade;
            String downgrade;
            if (i % 5 == 0) {
                upgrade = "op.create_table('" + table(i) + "',\n"
                        + "        sa.Column('id', sa.BigInteger(), nullable=False),\n"
                        + "        sa.Column('name', sa.String(length=100), nullable=True),\n"
                        + "        sa.PrimaryKeyConstraint('id'))";
                downgrade = "op.drop_table('" + table(i) + "')";
            } else {
                upgrade = "op.add_column('" + table(i) + "', sa.Column('" + column(i) + "', " + TYPES[i % 5 - 1][1]
                        + ", nullable=True))";
                downgrade = "op.drop_column('" + table(i) + "', '" + column(i) + "')";
            }
            String source = """
                    \"""%s

                    Revision ID: %s
                    Revises: %s
                    Create Date: 2026-12-01 00:00:00.000000

                    \"""
                    from alembic import op
                    import sqlalchemy as sa


                    # revision identifiers, used by Alembic.
                    revision = '%s'
                    down_revision = %s
                    branch_labels = None
                    depends_on = None


                    def upgrade():
                        %s


                    def downgrade():
                        %s
                    """.formatted(
                            message(i),
                            id,
                            i == 0 ? "" : id(i - 1),
                            id,
                            i == 0 ? "None" : "'" + id(i - 1) + "'",
                            upgrade,
                            downgrade);
            Files.writeString(
                    versions.resolve(id + "_" + message(i).replace(' ', '_') + ".py"), source, StandardCharsets.UTF_8);
        }
    }

    private static String message(int i) {
        return i % 5 == 0 ? "create " + table(i) : "add " + column(i);
    }

    private static String column(int i) {
        return "field_" + i;
    }

    private static String camel(String message) {
        StringBuilder out = new StringBuilder();
        for (String part : message.split("[ _]")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
