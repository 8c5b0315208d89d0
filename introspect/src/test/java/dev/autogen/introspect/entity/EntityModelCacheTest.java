package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity model cache: reused while the class files are the same, read again when anything changes. */
class EntityModelCacheTest {

    private static final String KINDS = "dev.autogen.introspect.fixtures.kinds";
    private static final Dialect PG = Dialects.forName("postgresql");

    @TempDir
    Path temp;

    private Path classes;
    private Path cacheFolder;
    private final AtomicInteger reads = new AtomicInteger();

    /** A copy of the fixture classes, so that the test can change them. */
    @BeforeEach
    void copyFixtures() throws IOException {
        classes = temp.resolve("classes");
        cacheFolder = temp.resolve("migrations/.autogen");
        Path from = Fixtures.testClasses();
        Path fixtures = from.resolve(KINDS.replace('.', '/'));
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = classes.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }

    private SchemaSnapshot read() {
        return read(new EntityModelCache(cacheFolder));
    }

    private SchemaSnapshot read(EntityModelCache cache) {
        EntitySource source = new EntitySource(List.of(classes), List.of(KINDS));
        SchemaSnapshot snapshot = cache.read(source, PG, null, () -> {
            reads.incrementAndGet();
            return new EntityReader().read(source, PG);
        });
        cache.close();
        return snapshot;
    }

    @Test
    void reusesTheModelWhileTheClassesAreTheSame() {
        SchemaSnapshot first = read();
        SchemaSnapshot second = read();

        assertEquals(1, reads.get());
        assertEquals(first, second);
        assertEquals(new EntityReader().read(new EntitySource(List.of(classes), List.of(KINDS)), PG), second);
        assertFalse(second.sequences().isEmpty(), "the fixture has a sequence, so the cache must keep it");
        assertTrue(Files.isRegularFile(cacheFolder.resolve(EntityModelCache.fileName(SchemaSnapshot.class))));
        assertTrue(Files.isRegularFile(cacheFolder.resolve(".gitignore")));
    }

    @Test
    void readsAgainWhenAFileOfTheClassPathChanges() throws IOException {
        read();
        Path someClass;
        try (Stream<Path> files = Files.walk(classes)) {
            someClass = files.filter(f -> f.toString().endsWith(".class"))
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(someClass);
        Files.write(someClass, bytes); // same content: still cached
        read();
        assertEquals(1, reads.get());

        Files.writeString(classes.resolve("orm-notes.txt"), "a new resource");
        read();
        assertEquals(2, reads.get());
    }

    @Test
    void readsAgainForAnotherPackageOrDialect() {
        read();
        EntitySource source = new EntitySource(List.of(classes), List.of(KINDS));
        EntityModelCache cache = new EntityModelCache(cacheFolder);
        cache.read(source, Dialects.forName("sqlite"), null, () -> {
            reads.incrementAndGet();
            return new EntityReader().read(source, Dialects.forName("sqlite"));
        });
        cache.close();
        assertEquals(2, reads.get());
    }

    /**
     * The Hibernate settings are part of the key: another naming strategy is another model, read again; back to the
     * first settings, the model read for them is read again too (one entry is kept).
     */
    @Test
    void readsAgainWhenANamingStrategyChanges() {
        SchemaSnapshot standard = read();
        EntitySource snake = new EntitySource(List.of(classes), List.of(KINDS))
                .withHibernateProperties(java.util.Map.of(
                        "hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
        EntityModelCache cache = new EntityModelCache(cacheFolder);
        SchemaSnapshot snakeCase = cache.read(snake, PG, null, () -> {
            reads.incrementAndGet();
            return new EntityReader().read(snake, PG);
        });
        cache.close();
        assertEquals(2, reads.get());
        assertFalse(standard.equals(snakeCase), "snake_case names differ from the standard ones");
        cache = new EntityModelCache(cacheFolder);
        assertEquals(snakeCase, cache.read(snake, PG, null, () -> {
            reads.incrementAndGet();
            return new EntityReader().read(snake, PG);
        }));
        cache.close();
        assertEquals(2, reads.get(), "the same settings find the cached model");
    }

    @Test
    void cachesTheExportForScratchComparisonsApart() {
        EntitySource source = new EntitySource(List.of(classes), List.of(KINDS));
        EntityModelCache cache = new EntityModelCache(cacheFolder);
        EntityExport first = cache.read(source, PG, null, EntityExport.class, () -> {
            reads.incrementAndGet();
            return new EntityReader().export(source, PG);
        });
        cache.close();
        EntityExport second = cache.read(source, PG, null, EntityExport.class, () -> {
            reads.incrementAndGet();
            return new EntityReader().export(source, PG);
        });
        assertEquals(1, reads.get());
        assertEquals(first, second);
        assertFalse(second.createStatements().isEmpty());
        assertEquals(first.model(), read(), "the model and the export are cached apart");
        assertEquals(2, reads.get());
    }

    @Test
    void aDamagedCacheFileIsReadAgainAndReplaced() throws IOException {
        SchemaSnapshot fresh = read();
        Files.write(cacheFolder.resolve(EntityModelCache.fileName(SchemaSnapshot.class)), new byte[] {1, 2, 3});

        assertEquals(fresh, read());
        assertEquals(2, reads.get());
        assertEquals(fresh, read());
        assertEquals(2, reads.get());
    }

    @Test
    void theSameCodeRebuiltStillFindsTheModelAndOtherCodeDoesNot() throws IOException {
        Path code = temp.resolve("autogen.jar");
        writeJar(code, "dev/autogen/Reader.class", "version 1");
        read(new EntityModelCache(cacheFolder, List.of(code)));
        assertEquals(1, reads.get());

        Path file = cacheFolder.resolve(EntityModelCache.fileName(SchemaSnapshot.class));
        byte[] stored = Files.readAllBytes(file);
        writeJar(code, "dev/autogen/Reader.class", "version 1"); // rebuilt: a new time, the same entries
        Files.setLastModifiedTime(
                code, FileTime.fromMillis(Files.getLastModifiedTime(code).toMillis() + 60_000));
        read(new EntityModelCache(cacheFolder, List.of(code)));
        assertEquals(1, reads.get(), "the same code, rebuilt, reuses the model");
        assertFalse(Arrays.equals(stored, Files.readAllBytes(file)), "and the file takes the new time");

        writeJar(code, "dev/autogen/Reader.class", "version 2");
        read(new EntityModelCache(cacheFolder, List.of(code)));
        assertEquals(2, reads.get(), "other code reads the entities again");
        read(new EntityModelCache(cacheFolder, List.of(code)));
        assertEquals(2, reads.get());
    }

    private static void writeJar(Path jar, String entry, String content) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
