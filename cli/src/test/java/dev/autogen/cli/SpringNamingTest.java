package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: a Spring Boot application's database, its tables created by Spring Boot's default naming
 * ({@code display_name}, {@code account_note}, the join table {@code tagged_tags}), shows no drift in {@code check}
 * when Spring Boot is on the entity class path (its jar, or the application's {@code @SpringBootApplication} class),
 * or when the naming is given; without either, the same database drifts. The application's
 * {@code application.yml} and profile files change the model read.
 */
class SpringNamingTest {

    private static final String SNAKE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String STANDARD = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    private static final String SPRING_IMPLICIT =
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";

    @TempDir
    Path dir;

    private Path classes;

    /** The application's entities, compiled: camelCase fields, a many-to-one and a many-to-many without names. */
    @BeforeEach
    void compileEntities() throws IOException {
        classes = JavaSources.compile(
                dir.resolve("classes"),
                Map.of(
                        "app/core/Account.java",
                        """
                        package app.core;
                        @jakarta.persistence.Entity
                        public class Account {
                            @jakarta.persistence.Id Long id;
                            String displayName;
                        }
                        """,
                        "app/core/AccountNote.java",
                        """
                        package app.core;
                        @jakarta.persistence.Entity
                        public class AccountNote {
                            @jakarta.persistence.Id Long id;
                            @jakarta.persistence.ManyToOne Account account;
                            String noteText;
                        }
                        """,
                        "app/tags/Tag.java",
                        """
                        package app.tags;
                        @jakarta.persistence.Entity
                        public class Tag {
                            @jakarta.persistence.Id Long id;
                            String tagLabel;
                        }
                        """,
                        "app/tags/Tagged.java",
                        """
                        package app.tags;
                        @jakarta.persistence.Entity
                        public class Tagged {
                            @jakarta.persistence.Id Long id;
                            @jakarta.persistence.ManyToMany java.util.Set<Tag> tags;
                        }
                        """));
    }

    /** A jar of the test class path by its file name's start ({@code spring-boot-3.}). */
    private static Path jar(String prefix) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(prefix + "*.jar is not on the test class path"));
    }

    /**
     * The tables as Spring Boot's {@code ddl-auto=create} makes them: Hibernate's DDL with Spring Boot's default naming,
     * its real {@code SpringImplicitNamingStrategy} from the spring-boot jar.
     */
    private void createAsSpringBootDoes(Db db, String pkg) throws Exception {
        EntitySource source = new EntitySource(List.of(classes), List.of(pkg))
                .withHibernateProperties(Map.of(
                        "hibernate.physical_naming_strategy", SNAKE,
                        "hibernate.implicit_naming_strategy", SPRING_IMPLICIT));
        try (Connection connection = db.connect()) {
            new HibernateSchemaExport().apply(source, Dialects.forName("postgresql"), connection);
        }
    }

    private Cli.Result check(Db db, String entities, String pkg, String... more) {
        return new Cli(dir).run(Cli.args("--url", db.url(), "--entities", entities, "--package", pkg, more, "check"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spring-boot-3.", "spring-boot-hibernate-4.", "@SpringBootApplication"})
    void aDatabaseNamedBySpringBootShowsNoDriftWhereSpringBootIsOnTheEntityClassPath(String marker) throws Exception {
        String entities;
        if (marker.startsWith("@")) {
            // a stock application: its main class next to the entities and its application.properties, no Spring
            // Boot jar (entities=target/classes)
            JavaSources.compile(
                    classes,
                    Map.of(
                            "application.properties",
                            "spring.application.name=demo\n",
                            "app/DemoApplication.java",
                            """
                            package app;
                            @org.springframework.boot.autoconfigure.SpringBootApplication
                            public class DemoApplication {}
                            """));
            entities = classes.toString();
        } else {
            entities = classes + File.pathSeparator + jar(marker);
        }
        try (Db db = TestDatabases.postgres()) {
            createAsSpringBootDoes(db, "app");
            Cli.Result result = check(db, entities, "app").ok();
            assertTrue(result.out().contains("No changes"), result::toString);
        }
    }

    @Test
    void withoutSpringBootOrSettingsTheSameDatabaseDrifts() throws Exception {
        try (Db db = TestDatabases.postgres()) {
            createAsSpringBootDoes(db, "app");
            Cli.Result result = check(db, classes.toString(), "app");
            assertEquals(1, result.code(), result::toString);
            assertTrue(
                    result.out().contains("display_name") && result.out().contains("drop table tagged_tags"),
                    result::toString);
        }
    }

    /** Issue 11's workaround, now a setting: the physical naming alone, on the flag or in autogen.properties. */
    @Test
    void theNamingGivenOnTheCommandLineOrInAutogenPropertiesShowsNoDrift() throws Exception {
        try (Db db = TestDatabases.postgres()) {
            createAsSpringBootDoes(db, "app.core");
            check(
                            db,
                            classes.toString(),
                            "app.core",
                            "--hibernate-property",
                            "hibernate.physical_naming_strategy=" + SNAKE)
                    .ok();
            Files.writeString(
                    dir.resolve("autogen.properties"),
                    "hibernate.physical_naming_strategy=" + SNAKE + "\n",
                    StandardCharsets.UTF_8);
            check(db, classes.toString(), "app.core").ok();
            Files.delete(dir.resolve("autogen.properties"));
            assertEquals(1, check(db, classes.toString(), "app.core").code());
        }
    }

    /**
     * The application's {@code application.yml} names another naming strategy, a profile's file another again; the
     * table created offline ({@code diff} on an empty database) is named as each says, and {@code --debug} says where
     * the setting came from.
     */
    @Test
    void applicationYmlAndAProfileChangeTheModelRead() throws Exception {
        Files.writeString(
                classes.resolve("application.yml"),
                "spring:\n  jpa:\n    hibernate:\n      naming:\n        physical-strategy: " + STANDARD + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                classes.resolve("application-snake.properties"),
                "spring.jpa.properties.hibernate.physical_naming_strategy=" + SNAKE + "\n"
                        + "spring.jpa.hibernate.naming.physical-strategy=\n",
                StandardCharsets.UTF_8);
        String entities = classes + File.pathSeparator + jar("spring-boot-3.");
        try (Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args("--url", db.url(), "--entities", entities, "--package", "app.core");
            Cli.Result standard = cli.run(Cli.args(common, "--debug", "diff"));
            assertTrue(
                    standard.out().contains("displayName") && !standard.out().contains("display_name"),
                    standard::toString);
            assertTrue(
                    standard.err()
                            .contains("hibernate.physical_naming_strategy=" + STANDARD
                                    + " (from application.yml in classes"
                                    + " (spring.jpa.hibernate.naming.physical-strategy))"),
                    standard::toString);

            Cli.Result snake = cli.run(Cli.args(common, "--spring-profile", "snake", "diff"));
            assertTrue(snake.out().contains("display_name"), snake::toString);
            Cli.Result fromEnv = cli.env("AUTOGEN_SPRING_PROFILE", "snake").run(Cli.args(common, "diff"));
            assertEquals(snake.out(), fromEnv.out());
        }
    }

    @Test
    void aSettingAutogenOwnsOrAKeyThatIsNoHibernateSettingIsOneLine() throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args("--url", db.url(), "--entities", classes.toString());
            String owned = cli.run(Cli.args(common, "--hibernate-property", "hibernate.dialect=x", "check"))
                    .userError();
            assertTrue(
                    owned.startsWith("Hibernate setting hibernate.dialect (--hibernate-property or 'hibernate.dialect'"
                            + " in autogen.properties) cannot be given"),
                    owned);
            String notHibernate = cli.run(
                            Cli.args(common, "--hibernate-property", "physical_naming_strategy=x", "check"))
                    .userError();
            assertTrue(notHibernate.contains("names no Hibernate setting"), notHibernate);
            Files.writeString(
                    dir.resolve("autogen.properties"), "hibernate.hbm2ddl.auto=update\n", StandardCharsets.UTF_8);
            String fromFile = cli.run(Cli.args(common, "check")).userError();
            assertTrue(fromFile.contains("hibernate.hbm2ddl.auto"), fromFile);
            assertFalse(fromFile.contains("unknown key"), fromFile);
        }
    }
}
