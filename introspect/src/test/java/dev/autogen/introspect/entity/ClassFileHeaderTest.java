package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.introspect.fixtures.blog.Address;
import dev.autogen.introspect.fixtures.blog.Author;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Class names and class-level annotations read from class files, as the entity scan finds mapped classes. */
class ClassFileHeaderTest {

    /** Long and double constants take two constant pool slots; the annotation has nested values. */
    @Deprecated(since = "test", forRemoval = false)
    static final class Constants {
        static final long BIG = 1234567890123L;
        static final double PI = 3.14159;
        static final String NAME = "constants";
    }

    private static ClassFileHeader header(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return ClassFileHeader.read(in.readAllBytes());
        }
    }

    @Test
    void readsTheNameAndTheClassAnnotations() throws IOException {
        ClassFileHeader author = header(Author.class);
        assertEquals(Author.class.getName(), author.className());
        assertTrue(
                author.annotations().contains("Ljakarta/persistence/Entity;"),
                author.annotations().toString());

        assertTrue(header(Address.class).annotations().contains("Ljakarta/persistence/Embeddable;"));
    }

    @Test
    void skipsWideConstantsAndAnnotationValues() throws IOException {
        ClassFileHeader constants = header(Constants.class);
        assertEquals(Constants.class.getName(), constants.className());
        assertEquals(List.of("Ljava/lang/Deprecated;"), constants.annotations());
    }

    @Test
    void aClassWithoutClassAnnotationsHasNone() throws IOException {
        assertEquals(List.of(), header(ClassFileHeaderTest.class).annotations());
    }

    @Test
    void refusesWhatIsNotAClassFile() {
        assertThrows(IOException.class, () -> ClassFileHeader.read("not a class".getBytes()));
    }
}
