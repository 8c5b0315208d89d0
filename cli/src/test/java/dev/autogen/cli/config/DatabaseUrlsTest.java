package dev.autogen.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Platform URLs as {@code DATABASE_URL} holds them, split into a JDBC URL and decoded credentials. */
class DatabaseUrlsTest {

    @Test
    void platformUrls() {
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:postgresql://db:5432/app", "app", "s3cret"),
                DatabaseUrls.parse("postgres://app:s3cret@db:5432/app"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:postgresql://db/app?sslmode=require", "app", "p@ss/w?rd"),
                DatabaseUrls.parse("postgresql://app:p%40ss%2Fw%3Frd@db/app?sslmode=require"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:mariadb://db:3306/app", "app", "a b+c"),
                DatabaseUrls.parse("mariadb://app:a%20b+c@db:3306/app"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:mysql://db/app?permitMysqlScheme", "root", null),
                DatabaseUrls.parse("mysql://root@db/app"));
        assertEquals(new DatabaseUrls.Parsed("jdbc:postgresql://db/", null, null), DatabaseUrls.parse("postgres://db"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:postgresql://db/app?x=a@b", null, null),
                DatabaseUrls.parse("postgres://db/app?x=a@b"));
    }

    /** Unencoded characters that end a URL part: the user information runs to the last '@'. */
    @Test
    void unencodedPasswords() {
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "se?cr/et@x"),
                DatabaseUrls.parse("postgres://postgres:se?cr/et@x@127.0.0.1:5432/postgres"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:mariadb://db/app", "app", "50% off #1 :)"),
                DatabaseUrls.parse("mariadb://app:50% off #1 :)@db/app"));
        assertEquals(
                new DatabaseUrls.Parsed("jdbc:postgresql://db:5432/app", "app", "1234/x"),
                DatabaseUrls.parse("postgres://app:1234/x@db:5432/app"));
    }

    @Test
    void jdbcAndOtherUrlsPassThrough() {
        assertEquals(new DatabaseUrls.Parsed("jdbc:h2:mem:x", null, null), DatabaseUrls.parse(" jdbc:h2:mem:x "));
        assertEquals(new DatabaseUrls.Parsed("oracle://u:p@h/db", null, null), DatabaseUrls.parse("oracle://u:p@h/db"));
        assertEquals(null, DatabaseUrls.parse(" "));
    }
}
