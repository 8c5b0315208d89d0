package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities outside the test classpath (compiled here), and the one-line errors for what cannot be read. */
class EntityReaderErrorsTest {

    private static final Dialect PG = Dialects.forName("postgresql");

    private static final String INVOICE = """
            package gen.billing;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "invoice")
            public class Invoice {
                @Id
                private Long id;

                @Embedded
                private Money total;
            }
            """;

    private static final String MONEY = """
            package gen.billing;

            import jakarta.persistence.*;
            import java.math.BigDecimal;

            @Embeddable
            public class Money {
                @Column(precision = 14, scale = 4)
                private BigDecimal amount;

                @Column(length = 3)
                private String currency;
            }
            """;

    @TempDir
    Path temp;

    @Test
    void readsEntitiesFromAJarOutsideTheClasspath() throws IOException {
        Path classes = compile(temp.resolve("classes"));
        Path jar = jar(classes, temp.resolve("billing.jar"));

        SchemaSnapshot snapshot = new EntityReader().read(new EntitySource(List.of(jar), List.of("gen.billing")), PG);

        Table invoice = snapshot.table("invoice").orElseThrow();
        assertEquals(
                List.of("id", "amount", "currency"),
                invoice.columns().stream().map(Column::name).toList());
        assertEquals(
                "numeric(14,4)",
                PG.renderType(invoice.column("amount").orElseThrow().type()));
        assertEquals(
                "varchar(3)",
                PG.renderType(invoice.column("currency").orElseThrow().type()));
    }

    @Test
    void missingPathSaysWhichEntry() {
        Path missing = temp.resolve("does-not-exist");
        EntityReadException e =
                assertThrows(EntityReadException.class, () -> new EntityReader().read(EntitySource.of(missing), PG));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void packageWithoutEntitiesNamesPackagesAndPaths() {
        EntitySource source = Fixtures.packages("dev.autogen.introspect.nothing.here");
        EntityReadException e = assertThrows(EntityReadException.class, () -> new EntityReader().read(source, PG));
        assertTrue(e.getMessage().startsWith("No @Entity classes found"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.autogen.introspect.nothing.here"), e.getMessage());
        assertTrue(e.getMessage().contains(Fixtures.testClasses().toString()), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void classWhoseDependencyIsMissingNamesTheMissingClass() throws IOException {
        Path classes = compile(temp.resolve("classes"));
        Files.delete(classes.resolve("gen/billing/Money.class"));

        EntityReadException e =
                assertThrows(EntityReadException.class, () -> new EntityReader().read(EntitySource.of(classes), PG));
        assertTrue(e.getMessage().contains("gen.billing.Invoice"), e.getMessage());
        assertTrue(e.getMessage().contains("needs class gen.billing.Money"), e.getMessage());
        assertTrue(e.getMessage().contains("--entities"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void hibernateMappingErrorIsUnwrappedToOneLine() {
        EntityReadException e = assertThrows(
                EntityReadException.class, () -> new EntityReader().read(Fixtures.packages(Fixtures.INVALID), PG));
        assertTrue(e.getMessage().startsWith("Hibernate cannot map the entities: "), e.getMessage());
        assertTrue(e.getMessage().contains("NoIdentifier"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("identifier"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void unsupportedDatabaseIsRefused() {
        dev.autogen.core.dialect.SchemaDialect oracle = new NamedDialect("oracle", PG);
        EntityReadException e =
                assertThrows(EntityReadException.class, () -> new EntityReader().read(Fixtures.blog(), oracle));
        assertTrue(e.getMessage().contains("oracle"), e.getMessage());
        assertOneLine(e);
    }

    private static void assertOneLine(Exception e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** Compiles {@link #INVOICE} and {@link #MONEY} into {@code out}, against the JPA API jar. */
    private Path compile(Path out) throws IOException {
        Path sources = temp.resolve("src/gen/billing");
        Files.createDirectories(sources);
        Files.createDirectories(out);
        Files.writeString(sources.resolve("Invoice.java"), INVOICE);
        Files.writeString(sources.resolve("Money.java"), MONEY);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "tests need a JDK");
        String jpa = codeSource(jakarta.persistence.Entity.class).toString();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", jpa, "-proc:none"));
        args.add(sources.resolve("Invoice.java").toString());
        args.add(sources.resolve("Money.java").toString());
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac failed");
        return out;
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A dialect under another name, to reach the unsupported-database path. */
    private record NamedDialect(String name, Dialect delegate) implements dev.autogen.core.dialect.SchemaDialect {
        @Override
        public String foldIdentifier(String identifier) {
            return delegate.foldIdentifier(identifier);
        }

        @Override
        public String nameKey(String identifier) {
            return delegate.nameKey(identifier);
        }

        @Override
        public String canonicalType(dev.autogen.core.model.ColumnType type) {
            return delegate.canonicalType(type);
        }

        @Override
        public String normalizeDefault(String expression) {
            return delegate.normalizeDefault(expression);
        }

        @Override
        public dev.autogen.core.model.ColumnType parseType(String sqlType) {
            return delegate.parseType(sqlType);
        }
    }
}
