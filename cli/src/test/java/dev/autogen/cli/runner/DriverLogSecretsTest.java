package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgjdbc logs a warning through {@code java.util.logging} with the whole URL, password included, when the URL lacks
 * the '/' before '?'. In its own JVM (where the log goes to the real stderr): silent without {@code --debug}, masked
 * with it.
 */
class DriverLogSecretsTest {

    static final String SECRET = "Dr1verL0gSecret";

    @TempDir
    Path dir;

    @Test
    void driverWarningsNeverPrintThePassword() throws Exception {
        String server = System.getenv(TestDatabases.PG_URL_ENV);
        if (server == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(TestDatabases.PG_URL_ENV + " is needed under CI=true");
        }
        assumeTrue(server != null, TestDatabases.PG_URL_ENV + " is not set: test skipped");
        URI uri = URI.create(server.substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + "?user=postgres&password=" + SECRET;
        Files.createDirectories(dir.resolve("migrations/versions"));

        ExternalProcess.Outcome quiet =
                ExternalProcess.run(ExternalProcess.autogen("--url", url, "current"), dir, Map.of(), null);
        assertEquals(2, quiet.code(), quiet::toString);
        assertFalse((quiet.out() + quiet.err()).contains(SECRET), quiet::toString);
        assertFalse(quiet.err().contains("WARNING"), quiet::toString);
        assertEquals(1, quiet.err().lines().count(), quiet::toString);

        ExternalProcess.Outcome debug =
                ExternalProcess.run(ExternalProcess.autogen("--url", url, "--debug", "current"), dir, Map.of(), null);
        assertEquals(2, debug.code(), debug::toString);
        assertFalse((debug.out() + debug.err()).contains(SECRET), debug::toString);
        List<String> warning =
                debug.err().lines().filter(l -> l.contains("must contain a /")).toList();
        assertEquals(1, warning.size(), debug::toString);
        assertTrue(warning.get(0).startsWith("autogen: warning from org.postgresql"), debug::toString);
    }
}
