package dev.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CommandLinePropertiesTest {

    private static CommandLineProperties given(String... pairs) {
        Properties user = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            user.setProperty(pairs[i], pairs[i + 1]);
        }
        return new CommandLineProperties(user);
    }

    @Test
    void aPropertyWinsOverTheConfigurationAndItsAbsenceKeepsIt() {
        CommandLineProperties cl = given("autogen.url", "jdbc:sqlite:other.db");
        assertEquals("jdbc:sqlite:other.db", cl.string("url", "jdbc:sqlite:pom.db"));
        assertEquals("public", cl.string("schema", "public"));
    }

    @Test
    void listsTakeCommasAndMapsKeyValuePairs() {
        CommandLineProperties cl = given(
                "autogen.packages", "com.example.model, com.example.billing,",
                "autogen.hibernateProperties", "hibernate.a=1,hibernate.b=x=y");
        assertEquals(List.of("com.example.model", "com.example.billing"), cl.list("packages", List.of("ignored")));
        assertEquals(Map.of("hibernate.a", "1", "hibernate.b", "x=y"), cl.map("hibernateProperties", Map.of()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> given("autogen.hibernateProperties", "novalue").map("hibernateProperties", Map.of()));
        assertEquals(
                "-Dautogen.hibernateProperties takes key=value pairs separated by commas, not 'novalue'",
                e.getMessage());
    }

    @Test
    void aBarePropertyIsTrueAsMavenReadsIt() {
        assertTrue(given("autogen.skip", "").bool("skip", false));
        assertFalse(given("autogen.skip", "false").bool("skip", true));
        assertEquals(null, given().optionalBool("scratch", null));
        assertEquals(Boolean.FALSE, given("autogen.scratch", "false").optionalBool("scratch", null));
    }

    @Test
    void numbersAndFiles() {
        assertEquals(30, given("autogen.lockTimeout", "30").integer("lockTimeout", 300));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> given("autogen.lockTimeout", "soon").integer("lockTimeout", 300));
        assertEquals("-Dautogen.lockTimeout takes a whole number, not 'soon'", e.getMessage());
        File base = new File("/project");
        assertEquals(
                new File(base, "db/migrations"),
                given("autogen.migrations", "db/migrations").file("migrations", new File(base, "migrations"), base));
    }
}
