package dev.autogen.runtime.internal.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.dialect.Dialects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a URL holds a password, the one reading of it that masking, the CLI's platform URLs and {@code init}'s refusal
 * share; and what masking leaves of a URL, a message and a driver's exception.
 */
class RedactionTest {

    @Test
    void passwordParametersOfAnyDriverAreFound() {
        assertEquals(
                List.of("s3cret"), Redaction.passwordsIn("jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true"));
        assertEquals(List.of("s3cret"), Redaction.passwordsIn("jdbc:h2:tcp://db/app;USER=sa;PASSWORD=s3cret;MODE=x"));
        assertEquals(
                List.of("k3y", "s3cret"),
                Redaction.passwordsIn("jdbc:postgresql://db/app?sslpassword=k3y&password=s3cret"));
        assertEquals(List.of("se cret"), Redaction.passwordsIn("jdbc:foo://db/app;password=se cret;x=1"));
    }

    @Test
    void theUserInformationsPasswordIsFoundInPlatformAndJdbcUrls() {
        assertEquals(List.of("s3cret"), Redaction.passwordsIn("postgres://app:s3cret@db:5432/app"));
        assertEquals(List.of("s3cret"), Redaction.passwordsIn("jdbc:mariadb://app:s3cret@db:3306/app"));
        assertEquals(List.of(), Redaction.passwordsIn("postgres://app@db/app"));
        assertEquals(List.of(), Redaction.passwordsIn("jdbc:postgresql://db:5432/app?user=app"));
        assertEquals(List.of(), Redaction.passwordsIn("jdbc:sqlite:/tmp/a@b.db"));
        assertEquals(List.of(), Redaction.passwordsIn("jdbc:h2:tcp://127.0.0.1:9092/x"));
        assertEquals(List.of(), Redaction.passwordsIn(null));
    }

    @Test
    void unencodedCharactersDoNotEndThePasswordEarly() {
        assertEquals(
                List.of("se?cr/et@x"), Redaction.passwordsIn("postgres://postgres:se?cr/et@x@127.0.0.1:5432/postgres"));
        assertEquals(List.of("50% off #1 :)"), Redaction.passwordsIn("mariadb://app:50% off #1 :)@db/app"));
        assertEquals(List.of("p w"), Redaction.passwordsIn("jdbc:nosuch://u:p w@h/db"));
    }

    /** A password of digits and a slash was taken for a port and a path: init then wrote it into the settings file. */
    @Test
    void aPasswordThatLooksLikeAPortIsStillAPassword() {
        assertEquals(List.of("1234/x"), Redaction.passwordsIn("postgres://app:1234/x@db:5432/app"));
        assertEquals(List.of("5432"), Redaction.passwordsIn("postgres://app:5432@db/app"));
    }

    @Test
    void anAtSignInTheQueryIsNoUserInformation() {
        assertEquals(List.of(), Redaction.passwordsIn("jdbc:mysql://db:3306/app?x=a@b"));
        assertEquals(List.of(), Redaction.passwordsIn("jdbc:mysql://db:3306/app?x=a b@c"));
        assertEquals(List.of(), Redaction.passwordsIn("postgres://db/app?x=a@b"));
        // user information and an '@' in the query: the password, and the longer reading a driver might take
        assertEquals(List.of("p", "p@db/app?x=a"), Redaction.passwordsIn("postgres://u:p@db/app?x=a@b"));
    }

    @Test
    void passwordsAreFoundAsWrittenAndAsTheDriverGetsThem() {
        assertEquals(
                List.of("p%40ss%2Fw%3Frd", "p@ss/w?rd"),
                Redaction.passwordsIn("postgres://app:p%40ss%2Fw%3Frd@db/app"));
        // a lone '%' is kept, and the valid escapes around it still decoded
        assertEquals(List.of("50%zz%41", "50%zzA"), Redaction.passwordsIn("postgres://u:50%zz%41@h/db"));
        // in a parameter a '+' may be a space
        assertEquals(
                List.of("a+b%21", "a+b!", "a b!"), Redaction.passwordsIn("jdbc:postgresql://h/db?password=a+b%21"));
        // in user information a '+' is a '+'
        assertEquals(List.of("a+b"), Redaction.passwordsIn("postgres://u:a+b@h/db"));
    }

    @Test
    void theSecretsAreTheUrlsAndTheGivenPassword() {
        assertEquals(
                List.of("s3cret", "given"),
                List.of(Redaction.secrets("jdbc:postgresql://h/db?password=s3cret", "given")));
        assertEquals(List.of("s3cret"), List.of(Redaction.secrets("jdbc:postgresql://h/db?password=s3cret", "s3cret")));
        assertEquals(List.of(), List.of(Redaction.secrets("jdbc:postgresql://h/db", null)));
        assertEquals(List.of(), List.of(Redaction.secrets(null, "")));
    }

    @Test
    void theUserInformationIsReadAsThePlatformUrlIsSplit() {
        assertEquals("app:s3cret", Redaction.userInfo("postgres://app:s3cret@db:5432/app"));
        assertEquals("app", Redaction.userInfo("mysql://app@db/app"));
        assertEquals(
                "postgres:se?cr/et@x", Redaction.userInfo("postgres://postgres:se?cr/et@x@127.0.0.1:5432/postgres"));
        assertEquals("app:1234/x", Redaction.userInfo("postgres://app:1234/x@db:5432/app"));
        assertEquals("u:p", Redaction.userInfo("jdbc:mariadb://u:p@h/db?x=a@b"));
        assertNull(Redaction.userInfo("postgres://db/app?x=a@b"));
        assertNull(Redaction.userInfo("jdbc:h2:mem:x"));
        assertNull(Redaction.userInfo(null));
    }

    @Test
    void decodingKeepsWhatIsNotAValidEscape() {
        assertEquals("p@ss w", Redaction.decode("p%40ss%20w"));
        assertEquals("100%", Redaction.decode("100%"));
        assertEquals("%4", Redaction.decode("%4"));
        assertEquals("a+b", Redaction.decode("a+b"));
        assertEquals("é€", Redaction.decode("%C3%A9%E2%82%AC"));
        assertEquals("ünchanged", Redaction.decode("ünchanged"));
    }

    @Test
    void aMaskedUrlKeepsEverythingButThePasswords() {
        assertEquals("postgres://app:***@db:5432/app", Redaction.maskUrl("postgres://app:s3cret@db:5432/app"));
        assertEquals("jdbc:nosuch://u:***@h/db", Redaction.maskUrl("jdbc:nosuch://u:p w@h/db"));
        assertEquals("jdbc:foo://h/db;password=***;x=1", Redaction.maskUrl("jdbc:foo://h/db;password=se cret;x=1"));
        assertEquals(
                "jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                Redaction.maskUrl("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
        assertEquals(
                "postgres://postgres:***@127.0.0.1:5432/postgres",
                Redaction.maskUrl("postgres://postgres:se?cr/et@x@127.0.0.1:5432/postgres"));
        // a short password does not mask the same letters elsewhere in the URL
        assertEquals("postgres://u:***@h/db?x=a@b", Redaction.maskUrl("postgres://u:p@h/db?x=a@b"));
        assertEquals("jdbc:mysql://db:3306/app?x=a@b", Redaction.maskUrl("jdbc:mysql://db:3306/app?x=a@b"));
        assertEquals("jdbc:h2:mem:x", Redaction.maskUrl("jdbc:h2:mem:x"));
        assertNull(Redaction.maskUrl(null));
        String once = Redaction.maskUrl("postgres://app:s3cret@db/app?password=x y");
        assertEquals("postgres://app:***@db/app?password=***", once);
        assertEquals(once, Redaction.maskUrl(once));
    }

    @Test
    void masksKnownPasswordsAnywhereAndUrlPasswordsByTheirShape() {
        assertEquals(
                "auth failed for *** at postgres://u:***@h/db?password=***",
                Redaction.mask("auth failed for se cret at postgres://u:p1@h/db?password=p2", "se cret"));
        // the longest first: a password holding another one leaves nothing behind
        assertEquals("*** and ***", Redaction.mask("abcdef and abc", "abc", "abcdef"));
        assertEquals("*** and ***", Redaction.mask("abcdef and abc", List.of("abc", "abcdef")));
        assertEquals("nothing here", Redaction.mask("nothing here", (String) null, ""));
        assertNull(Redaction.mask((String) null, "x"));
        String once = Redaction.mask("password=***: and u:***@h", "k");
        assertEquals("password=***: and u:***@h", once);
    }

    @Test
    void aDriversExceptionChainIsCopiedMasked() {
        SQLException cause = new SQLException("inner with s3cret");
        SQLException thrown = new SQLException("cannot open jdbc:x://h/db?password=s3cret", "08001", 17, cause);
        SQLException masked = Redaction.mask(thrown, "s3cret");
        assertEquals("cannot open jdbc:x://h/db?password=***", masked.getMessage());
        assertEquals("08001", masked.getSQLState());
        assertEquals(17, masked.getErrorCode());
        assertEquals("java.sql.SQLException: inner with ***", masked.getCause().getMessage());
        StringWriter trace = new StringWriter();
        masked.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("s3cret"), trace::toString);
        SQLException clean = new SQLException("no such table");
        assertSame(clean, Redaction.mask(clean, "s3cret"));
    }

    /** The unsupported-URL error printed the URL masked by shape only: a password with a space showed its second half. */
    @Test
    void anUnsupportedUrlIsReportedWithoutItsPassword() {
        for (String url : List.of("jdbc:derby://h/db;password=se cret", "jdbc:derby://u:se cret@h/db")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.forUrl(url));
            assertFalse(e.getMessage().contains("cret"), e.getMessage());
            assertTrue(e.getMessage().startsWith("no dialect for JDBC URL 'jdbc:derby://"), e.getMessage());
        }
    }
}
