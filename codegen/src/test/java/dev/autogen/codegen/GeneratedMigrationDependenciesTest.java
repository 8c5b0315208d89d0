package dev.autogen.codegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated migration needs the runtime's public API alone: every golden migration, compiled, depends only on the
 * package {@code dev.autogen.runtime} ({@code Migration}, {@code Operations}, {@code Revision}, {@code Schema},
 * {@code Types}), the model types those hand out ({@code dev.autogen.core.model}) and {@code java.lang}, never on the
 * runtime's internals (dialects, runner, loader).
 */
class GeneratedMigrationDependenciesTest {

    @TempDir
    Path dir;

    @Test
    void goldenMigrationsUseOnlyTheRuntimeApi() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path file : files.sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        try (URLClassLoader ignored = JavaCompilation.compile(dir, sources)) {
            JavaClasses migrations = new ClassFileImporter().importPath(dir.resolve("classes"));
            assertEquals(
                    sources.size(),
                    migrations.stream().filter(c -> !c.isNestedClass()).count(),
                    "one class per golden file");
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "", GoldenFileTest.PACKAGE, "dev.autogen.runtime", "dev.autogen.core.model", "java.lang")
                    .because("a generated migration compiles against the runtime's public API alone")
                    .check(migrations);
        }
    }

    /** The rule can fail: a class that reaches into the runtime's dialects breaks it. */
    @Test
    void aMigrationReachingIntoTheRuntimesInternalsBreaksTheRule() throws IOException {
        String source = """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                /** Reaches into a dialect. */
                @Revision(id = "0123456789ab", revises = {}, message = "m", created = "2025-01-01T00:00:00Z")
                final class Reaching_0123456789ab implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute(dev.autogen.runtime.internal.dialect.Dialects.forName("h2").name());
                    }

                    @Override
                    public void downgrade(Operations op) {}
                }
                """;
        try (URLClassLoader ignored = JavaCompilation.compile(dir, Map.of("0123456789ab_reaching.java", source))) {
            JavaClasses migrations = new ClassFileImporter().importPath(dir.resolve("classes"));
            List<String> violations = classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("", "dev.autogen.runtime", "dev.autogen.core.model", "java.lang")
                    .evaluate(migrations)
                    .getFailureReport()
                    .getDetails();
            assertEquals(
                    true,
                    violations.stream().anyMatch(v -> v.contains("dev.autogen.runtime.internal.dialect.Dialects")),
                    violations::toString);
        }
    }
}
