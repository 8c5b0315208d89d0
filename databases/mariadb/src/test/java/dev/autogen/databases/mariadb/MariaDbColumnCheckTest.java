package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MariaDbColumnCheckTest {

    private static final String CREATE = """
            CREATE TABLE `trip` (
              `type` varchar(10) NOT NULL CHECK (`type` = 'group'),
              `note` varchar(255) DEFAULT 'a CHECK (x)' COMMENT 'it\\'s' CHECK (`note` <> 'it\\'s'),
              `id` bigint(20) NOT NULL,
              PRIMARY KEY (`id`),
              CONSTRAINT `CONSTRAINT_1` CHECK (`id` > 0)
            ) ENGINE=InnoDB""";

    @Test
    void aColumnIsRedefinedAsTheServerPrintsItWithoutItsCheck() {
        assertEquals(
                Optional.of("`type` varchar(10) NOT NULL"), MariaDbColumnCheck.definitionWithoutCheck(CREATE, "TYPE"));
        assertEquals(
                Optional.of("`note` varchar(255) DEFAULT 'a CHECK (x)' COMMENT 'it\\'s'"),
                MariaDbColumnCheck.definitionWithoutCheck(CREATE, "note"));
        assertEquals(Optional.empty(), MariaDbColumnCheck.definitionWithoutCheck(CREATE, "id"));
        assertEquals(Optional.empty(), MariaDbColumnCheck.definitionWithoutCheck(CREATE, "missing"));
    }
}
