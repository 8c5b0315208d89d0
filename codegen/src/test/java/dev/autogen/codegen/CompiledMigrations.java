package dev.autogen.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles rendered migration files together and checks each one: a package-private class in its package (the default one unless given) that
 * implements {@link Migration}, carries the revision's {@link Revision} values, and whose upgrade and downgrade make
 * exactly the calls of the plan and of its reverse.
 */
final class CompiledMigrations {

    /** One rendered file and what it was rendered from. */
    record Generated(RevisionInfo info, MigrationPlan plan, String source, String packageName) {
        Generated(RevisionInfo info, MigrationPlan plan, String source) {
            this(info, plan, source, null);
        }
    }

    private CompiledMigrations() {}

    static void compileAndCheck(Path workDir, List<Generated> files) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Generated g : files) {
            sources.put(new MigrationWriter(null).inPackage(g.packageName()).sourceFileName(g.info()), g.source());
        }
        try (URLClassLoader loader = JavaCompilation.compile(workDir, sources)) {
            for (Generated g : files) {
                check(loader, g);
            }
        }
    }

    private static void check(ClassLoader loader, Generated g) throws Exception {
        String pkg = g.packageName() == null ? "" : g.packageName();
        String className = (pkg.isEmpty() ? "" : pkg + ".") + MigrationWriter.className(g.info());
        Class<?> type = loader.loadClass(className);
        assertEquals(pkg, type.getPackageName(), className + " is in its package");
        assertTrue(Migration.class.isAssignableFrom(type), className + " implements Migration");
        assertTrue(
                !Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()),
                className + " is final and package-private");

        Revision revision = type.getAnnotation(Revision.class);
        assertEquals(g.info().id(), revision.id(), className + " @Revision.id");
        assertArrayEquals(
                g.info().revises().toArray(String[]::new), revision.revises(), className + " @Revision.revises");
        assertArrayEquals(
                g.info().dependsOn().toArray(String[]::new), revision.dependsOn(), className + " @Revision.dependsOn");
        assertArrayEquals(
                g.info().branchLabels().toArray(String[]::new),
                revision.branchLabels(),
                className + " @Revision.branchLabels");
        assertEquals(g.info().message(), revision.message(), className + " @Revision.message");
        assertEquals(g.info().created().toString(), revision.created(), className + " @Revision.created");

        Constructor<?> ctor = type.getDeclaredConstructor();
        ctor.setAccessible(true);
        Migration migration = (Migration) ctor.newInstance();
        RecordingOperations up = new RecordingOperations();
        migration.upgrade(up);
        assertEquals(PlanCalls.of(g.plan()), up.calls, className + " upgrade calls");
        RecordingOperations down = new RecordingOperations();
        migration.downgrade(down);
        assertEquals(PlanCalls.of(g.plan().reverse()), down.calls, className + " downgrade calls");
    }
}
