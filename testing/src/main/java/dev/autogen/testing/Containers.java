package dev.autogen.testing;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Database servers in containers, for machines where no server is named in the environment but Docker runs. Each
 * server starts once per test JVM and is shared; every test still gets its own schema or database.
 */
final class Containers {

    private static PostgreSQLContainer postgres;
    private static MariaDBContainer mariadb;

    private Containers() {}

    /** A PostgreSQL 15 server URL (credentials included), or empty without Docker. */
    static synchronized Optional<String> postgresUrl() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        if (postgres == null) {
            postgres = new PostgreSQLContainer("postgres:15-alpine");
            postgres.start();
        }
        return Optional.of(postgres.getJdbcUrl() + (postgres.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                + postgres.getUsername() + "&password=" + postgres.getPassword());
    }

    /** A MariaDB 10.11 server URL for root (credentials included), or empty without Docker. */
    static synchronized Optional<String> mariadbUrl() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        if (mariadb == null) {
            mariadb = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("autogen");
            mariadb.start();
        }
        return Optional.of("jdbc:mariadb://" + mariadb.getHost() + ":" + mariadb.getMappedPort(3306)
                + "/?user=root&password=autogen&sslMode=disable");
    }
}
