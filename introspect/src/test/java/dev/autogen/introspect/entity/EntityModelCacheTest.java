package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
        EntitySource source = new EntitySource(List.of(classes), List.of(KINDS));
        EntityModelCache cache = new EntityModelCache(cacheFolder);
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
            someClass = files.filter(f -> f.toString().endsWith(".class")).min(Comparator.naturalOrder()).orElseThrow();
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

    @Test
    void cachesTheExportForScratchComparisonsApart() {
        EntitySource source = new EntitySource(List.of(classes), List.of(KINDS));
        EntityModelCache cache = new EntityModelCache(cacheFolder);
        EntityExport first = cache.read(source, PG, null, EntityExport.class, () -> {
            reads.incrementAndGet();
            return EntityExport.read(source, PG);
        });
        cache.close();
        EntityExport second = cache.read(source, PG, null, EntityExport.class, () -> {
            reads.incrementAndGet();
            return EntityExport.read(source, PG);
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
}
