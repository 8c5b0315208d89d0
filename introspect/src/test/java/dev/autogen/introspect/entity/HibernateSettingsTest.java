package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hibernate settings an application's entities are read with: Spring Boot's, found on the entity class path (the
 * real Spring Boot jars), its {@code application.properties} and {@code application.yml}, and the settings given to
 * Autogen over them.
 */
class HibernateSettingsTest {

    private static final String SNAKE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String STANDARD = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";

    @TempDir
    Path resources;

    /** A jar of the test class path, by its file name's start ({@code spring-boot-3.}). */
    static Path jar(String prefix) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(prefix + "*.jar is not on the test class path"));
    }

    private HibernateSettings resolve(Map<String, String> given, String profile, Path... more) {
        List<Path> entries = new java.util.ArrayList<>(List.of(resources, Fixtures.testClasses()));
        entries.addAll(List.of(more));
        return HibernateSettings.resolve(entries, given, profile);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(resources.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void withoutSpringBootNothingIsAddedAndTheApplicationFilesAreNotRead() throws IOException {
        write("application.properties", "spring.jpa.properties.hibernate.default_schema=app\n");
        HibernateSettings settings = resolve(Map.of(), null);
        assertTrue(settings.springBoot().isEmpty());
        assertEquals(Map.of(), settings.properties());
    }

    @Test
    void springBoot3sJarBringsItsDefaultNaming() {
        HibernateSettings settings = resolve(Map.of(), null, jar("spring-boot-3."));
        assertTrue(settings.springBoot().orElseThrow().contains("SpringApplication"), settings.springBoot()::get);
        assertEquals(
                Map.of(
                        "hibernate.physical_naming_strategy",
                        SNAKE,
                        "hibernate.implicit_naming_strategy",
                        "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"),
                settings.properties());
        assertEquals(
                "Spring Boot's default",
                settings.settings().get("hibernate.physical_naming_strategy").source());
    }

    /** Boot 4 moved its JPA support into spring-boot-hibernate, with Hibernate 7's name of the snake_case strategy. */
    @Test
    void springBoot4sHibernateModuleBringsItsDefaultNaming() {
        HibernateSettings settings = resolve(Map.of(), null, jar("spring-boot-hibernate-4."));
        assertEquals(
                Map.of(
                        "hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
                        "hibernate.implicit_naming_strategy",
                                "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"),
                settings.properties());
    }

    @Test
    void applicationYamlIsFlattenedAsSpringDoesAndPropertiesWinOverIt() throws IOException {
        write("application.yml", """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: %s
                    properties:
                      hibernate:
                        globally_quoted_identifiers: true
                        default_schema: from_yaml
                        dialect: org.hibernate.dialect.H2Dialect
                      "[hibernate.type.preferred_uuid_jdbc_type]": CHAR
                      hibernate.some.list: [a, b]
                """.formatted(STANDARD));
        write("application.properties", "spring.jpa.properties.hibernate.default_schema=from_properties\n");
        HibernateSettings settings = resolve(Map.of(), null, jar("spring-boot-3."));
        Map<String, String> p = settings.properties();
        assertEquals(STANDARD, p.get("hibernate.physical_naming_strategy"));
        assertEquals("true", p.get("hibernate.globally_quoted_identifiers"));
        assertEquals("from_properties", p.get("hibernate.default_schema"));
        assertEquals("CHAR", p.get("hibernate.type.preferred_uuid_jdbc_type"));
        assertEquals("a", p.get("hibernate.some.list[0]"));
        assertFalse(p.containsKey("hibernate.dialect"), "Autogen sets the dialect itself");
        assertEquals(1, settings.ignored().size(), settings.ignored()::toString);
        assertTrue(settings.ignored().get(0).startsWith("hibernate.dialect (application.yml in "));
        assertTrue(
                settings.settings()
                        .get("hibernate.physical_naming_strategy")
                        .source()
                        .startsWith("application.yml in "),
                settings.settings()::toString);
    }

    @Test
    void aProfilesFilesAndDocumentsWinOverTheDefaultOnes() throws IOException {
        write("application.yml", """
                spring.jpa.properties.hibernate.default_schema: base
                ---
                spring.config.activate.on-profile: test
                spring.jpa.properties.hibernate.default_catalog: test_doc
                """);
        write("application-test.properties", "spring.jpa.properties.hibernate.default_schema=test_file\n");
        Map<String, String> none =
                resolve(Map.of(), null, jar("spring-boot-3.")).properties();
        assertEquals("base", none.get("hibernate.default_schema"));
        assertFalse(none.containsKey("hibernate.default_catalog"));

        Map<String, String> test =
                resolve(Map.of(), "test", jar("spring-boot-3.")).properties();
        assertEquals("test_file", test.get("hibernate.default_schema"));
        assertEquals("test_doc", test.get("hibernate.default_catalog"));

        write(
                "application.properties",
                "spring.profiles.active=test\n#---\nspring.config.activate.on-profile=other\n"
                        + "spring.jpa.properties.hibernate.default_catalog=other\n");
        Map<String, String> active =
                resolve(Map.of(), null, jar("spring-boot-3.")).properties();
        assertEquals("test_file", active.get("hibernate.default_schema"), "spring.profiles.active names the profile");
        assertEquals("test_doc", active.get("hibernate.default_catalog"));
    }

    @Test
    void givenSettingsWinAndAutogensOwnAreRefused() throws IOException {
        write("application.properties", "spring.jpa.hibernate.naming.physicalStrategy=" + STANDARD + "\n");
        HibernateSettings settings =
                resolve(Map.of("hibernate.physical_naming_strategy", SNAKE), null, jar("spring-boot-3."));
        assertEquals(SNAKE, settings.properties().get("hibernate.physical_naming_strategy"));
        assertEquals(
                HibernateSettings.GIVEN,
                settings.settings().get("hibernate.physical_naming_strategy").source());

        EntityReadException refused = assertThrows(
                EntityReadException.class, () -> resolve(Map.of("hibernate.hbm2ddl.auto", "update"), null));
        assertTrue(refused.getMessage().contains("hibernate.hbm2ddl.auto"), refused::getMessage);
    }

    @Test
    void aMalformedApplicationYamlIsOneLineNamingTheFile() throws IOException {
        write("application.yml", "spring:\n  jpa: [unclosed\n");
        EntityReadException e =
                assertThrows(EntityReadException.class, () -> resolve(Map.of(), null, jar("spring-boot-3.")));
        assertTrue(e.getMessage().startsWith("Cannot read application.yml in "), e::getMessage);
        assertEquals(1, e.getMessage().lines().count(), e::getMessage);
    }

    /**
     * The settings change the model read: with quoted identifiers the entity {@code Tag} is table {@code "Tag"}, which
     * keeps its case (the model marks it {@code `Tag`}), where unquoted it folds to {@code tag}.
     */
    @Test
    void quotedIdentifiersAndNamingChangeTheModelRead() {
        Dialect pg = Dialects.forName("postgresql");
        EntitySource blog = Fixtures.blog();
        SchemaSnapshot plain = new EntityReader().read(blog, pg);
        SchemaSnapshot quoted = new EntityReader()
                .read(blog.withHibernateProperties(Map.of("hibernate.globally_quoted_identifiers", "true")), pg);
        assertTrue(names(plain).contains("tag") && !names(plain).contains("`Tag`"), names(plain)::toString);
        assertTrue(names(quoted).contains("`Tag`") && !names(quoted).contains("tag"), names(quoted)::toString);
    }

    /**
     * {@code hibernate.default_schema} names the schema of the tables that name none, which is the schema compared
     * ({@code --schema}): they are read by their names alone, and Hibernate's DDL for them, replayed in a scratch
     * schema, does not name the real one.
     */
    @Test
    void aDefaultSchemaLeavesTheTablesThatNameNoneInTheComparedSchema() {
        Dialect pg = Dialects.forName("postgresql");
        EntitySource blog = Fixtures.blog().withHibernateProperties(Map.of("hibernate.default_schema", "app"));
        assertEquals(
                names(new EntityReader().readWithSchemas(Fixtures.blog(), pg)),
                names(new EntityReader().readWithSchemas(blog, pg)));
        List<String> ddl = new EntityReader().export(blog, pg).createStatements();
        assertEquals(new EntityReader().export(Fixtures.blog(), pg).createStatements(), ddl);
        assertTrue(ddl.stream().noneMatch(sql -> sql.contains("app.")), ddl::toString);
    }

    private static List<String> names(SchemaSnapshot snapshot) {
        return snapshot.tables().stream().map(Table::name).toList();
    }
}
