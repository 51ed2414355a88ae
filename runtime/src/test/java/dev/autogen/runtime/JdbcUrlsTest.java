package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcUrlsTest {
    private static String rejected(String url) {
        AutogenException e = assertThrows(AutogenException.class, () -> JdbcUrls.requireSupported(url));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void postgresJdbcUrlsPass() {
        assertDoesNotThrow(() -> JdbcUrls.requireSupported("jdbc:postgresql://db:5432/app?password=s3cret"));
        assertDoesNotThrow(() -> JdbcUrls.requireSupported("jdbc:postgresql:app"));
        assertDoesNotThrow(() -> JdbcUrls.requireSupported("jdbc:p6spy:postgresql://db/app"));
        assertDoesNotThrow(() -> JdbcUrls.requireSupported(null));
    }

    @Test
    void theTypoOfTheIssueIsNamedWithTheRightFormAndNoPassword() {
        String message = rejected("jdbc:postgres://127.0.0.1:5432/db?password=s3cret");

        assertTrue(message.contains("jdbc:postgres://127.0.0.1:5432/db?password=***"), message);
        assertTrue(message.contains("Write it as jdbc:postgresql://127.0.0.1:5432/db?password=***"), message);
        assertTrue(rejected("jdbc:pgsql://db/app").contains("jdbc:postgresql://db/app"));
    }

    @Test
    void aLibpqUriIsNamedAndConverted() {
        String message = rejected("postgres://me:s3cret@db.example:5433/app?sslmode=require");

        assertTrue(message.contains("libpq connection URI"), message);
        assertTrue(message.contains("jdbc:postgresql://db.example:5433/app?sslmode=require"), message);
        assertTrue(message.contains("postgres://me:***@db.example"), message);
        assertTrue(rejected("postgresql://db/app").contains("jdbc:postgresql://db/app"));
    }

    @Test
    void otherDatabasesAreNamedAsUnsupported() {
        assertDoesNotThrow(() -> JdbcUrls.requireSupported("jdbc:mariadb://db:3306/app"));
        assertTrue(rejected("jdbc:mysql://db/app?password=s3cret").contains("not MySQL"));
        assertTrue(rejected("jdbc:mysql://db/app").contains("jdbc:mariadb:"));
        assertTrue(rejected("jdbc:sqlserver://db;databaseName=app").contains("is for 'sqlserver'"));
        assertTrue(rejected("jdbc:sqlserver://db").contains("supports postgresql (or postgres, pgsql), mariadb"));
        assertTrue(rejected("db:5432/app").contains("is not a JDBC URL"));
    }

    @Test
    void aUserInFrontOfTheHostIsRefusedWithTheFormThatWorks() {
        String message = rejected("jdbc:postgresql://app:s3cret@db:5432/shop?ssl=true");

        assertTrue(message.contains("jdbc:postgresql://db:5432/shop?ssl=true"), message);
        assertTrue(rejected("jdbc:postgresql://app@db/shop").contains("--user"));
        assertDoesNotThrow(() -> JdbcUrls.requireSupported("jdbc:postgresql://db/shop?options=a@b"));
    }
}
