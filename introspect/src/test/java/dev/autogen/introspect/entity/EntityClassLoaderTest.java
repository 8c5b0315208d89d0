package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The entity class loader answers Hibernate's {@code package-info} lookups with an empty class where a package has
 * none, and leaves a real {@code package-info} and its package-level annotations alone.
 */
class EntityClassLoaderTest {

    private static final String SOFT_DELETE = "dev.autogen.introspect.fixtures.softdelete";

    @Test
    void aRealPackageInfoStillCarriesItsAnnotations() {
        SchemaSnapshot snapshot =
                new EntityReader().read(Fixtures.packages(SOFT_DELETE), Dialects.forName("postgresql"));
        assertEquals(
                List.of("id", "number", "deleted"),
                columns(snapshot, "invoice"),
                "@SoftDelete on the package-info adds the deleted column");
        assertEquals(
                List.of("id", "number"),
                columns(snapshot, "receipt"),
                "the sub-package without package-info is not soft-deleted");
    }

    @Test
    void aPackageWithoutPackageInfoGetsAnEmptyOne() throws Exception {
        try (EntityClassLoader loader = new EntityClassLoader(
                new URL[] {Fixtures.testClasses().toUri().toURL()},
                ClassLoader.getPlatformClassLoader(),
                Set.of(SOFT_DELETE, SOFT_DELETE + ".plain"))) {
            Class<?> info = Class.forName(SOFT_DELETE + ".plain.package-info", false, loader);
            assertSame(loader, info.getClassLoader());
            assertTrue(info.isInterface() && info.isSynthetic() && Modifier.isAbstract(info.getModifiers()));
            assertEquals(0, info.getAnnotations().length);
            assertSame(info, Class.forName(SOFT_DELETE + ".plain.package-info", false, loader), "made once");
            assertEquals(
                    0,
                    loader.loadClass(SOFT_DELETE + ".plain.Receipt")
                            .getPackage()
                            .getAnnotations()
                            .length);

            Class<?> real = Class.forName(SOFT_DELETE + ".package-info", false, loader);
            assertEquals(
                    Fixtures.testClasses().toUri().toURL(),
                    real.getProtectionDomain().getCodeSource().getLocation(),
                    "the compiled package-info is loaded, not an empty one");
            assertThrows(
                    ClassNotFoundException.class,
                    () -> loader.loadClass("com.example.elsewhere.package-info"),
                    "only packages of the entity class path");
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(SOFT_DELETE + ".plain.Missing"));
        }
    }

    private static List<String> columns(SchemaSnapshot snapshot, String table) {
        return snapshot.tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .map(Table::columns)
                .orElseThrow()
                .stream()
                .map(Column::name)
                .toList();
    }
}
