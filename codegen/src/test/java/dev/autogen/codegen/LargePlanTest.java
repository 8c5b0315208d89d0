package dev.autogen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.runtime.Types;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans too large for one Java method (64 KiB of bytecode), such as the initial migration of a large schema. */
class LargePlanTest {

    private static final Instant CREATED = Instant.parse("2025-06-01T12:00:00Z");

    /** 400 tables of 12 columns and an index each: well over 64 KiB of bytecode in a single method. */
    private static MigrationPlan largePlan() {
        List<Operation> ops = new ArrayList<>();
        for (int t = 0; t < 400; t++) {
            String name = "table_" + t;
            List<Column> columns = new ArrayList<>(List.of(Samples.id()));
            for (int c = 0; c < 11; c++) {
                columns.add(
                        c % 2 == 0
                                ? Samples.notNull("c" + c, Types.VARCHAR(40 + c))
                                : Samples.col("c" + c, Types.INTEGER));
            }
            ops.add(new CreateTableOp(
                    new Table(name, columns, new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of())));
            ops.add(new CreateIndexOp(name, new Index("idx_" + name + "_c0", List.of("c0"), false)));
        }
        return new MigrationPlan(ops);
    }

    @Test
    void aLargePlanIsSplitIntoHelperMethodsThatCompileAndRunInOrder(@TempDir Path dir) throws Exception {
        MigrationPlan plan = largePlan();
        RevisionInfo info = new RevisionInfo("c5d6e7f8a9b0", List.of(), "initial schema", CREATED);
        String source = new MigrationWriter(null).render(info, plan);

        assertTrue(
                source.contains("    public void upgrade(Operations op) {\n        // In "), source.substring(0, 1200));
        assertTrue(
                source.contains("        upgrade1(op);\n        upgrade2(op);\n"),
                "the upgrade calls its parts in order");
        assertTrue(source.contains(
                "    private static void upgrade1(Operations op) {\n        op.createTable(\"table_0\","));
        assertTrue(source.contains("    private static void downgrade1(Operations op) {\n"));
        long longest = longestMethod(source);
        assertTrue(longest <= MethodParts.MAX_LINES + 5, "longest method " + longest + " lines");
        CompiledMigrations.compileAndCheck(dir, List.of(new CompiledMigrations.Generated(info, plan, source)));
    }

    @Test
    void aSmallPlanStaysInTheMethodItself() {
        String source = new MigrationWriter(null)
                .render(
                        new RevisionInfo("d6e7f8a9b0c1", List.of(), "small", CREATED),
                        new MigrationPlan(largePlan().operations().subList(0, 4)));
        assertFalse(source.contains("private static void"), source);
        assertTrue(source.endsWith("    }\n}\n"), source);
    }

    @Test
    void aTemplateWithoutHelperMethodsIsRefusedForALargePlan(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("script.java.vm"), """
                import dev.autogen.runtime.*;
                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;
                @Revision(id = $idLiteral, revises = $revisesLiteral, message = $messageLiteral, created = $createdLiteral)
                final class $className implements Migration {
                    public void upgrade(Operations op) {
                $upgradeBody
                    }
                    public void downgrade(Operations op) {
                $downgradeBody
                    }
                }
                """, StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new MigrationWriter(dir)
                        .render(new RevisionInfo("e7f8a9b0c1d2", List.of(), "big", CREATED), largePlan()));
        assertTrue(e.getMessage().contains("$helperMethods"), e.getMessage());
        assertEquals(
                0,
                new MigrationWriter(dir)
                        .render(
                                new RevisionInfo("f8a9b0c1d2e3", List.of(), "small", CREATED),
                                new MigrationPlan(largePlan().operations().subList(0, 2)))
                        .indexOf("import"));
    }

    /** The most lines between a method's opening line and its closing brace. */
    private static long longestMethod(String source) {
        long longest = 0;
        long current = -1;
        for (String line : source.lines().toList()) {
            if (line.startsWith("    ") && line.endsWith("{") && line.contains("(Operations op)")) {
                current = 0;
            } else if (line.equals("    }")) {
                longest = Math.max(longest, current);
                current = -1;
            } else if (current >= 0) {
                current++;
            }
        }
        return longest;
    }
}
