package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures to connect are reported by kind, and never show the password. */
class ConnectionErrorTest {
    private static AutogenException currentOf(String url, String password) {
        Migrator migrator = Migrator.configure()
                .dataSource(new UrlDataSource(url, TestDatabase.USER, password))
                .migrationsPackage("dev.autogen.runtime.it.chain")
                .load();
        return assertThrows(AutogenException.class, migrator::current);
    }

    @Test
    void missingDatabase() {
        String name = "rt_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

        AutogenException e = currentOf(TestDatabase.SERVER + name + "?password=secret", "secret");

        assertEquals(ErrorCode.DATABASE_MISSING, e.code());
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void unreachableServer() {
        AutogenException e = currentOf("jdbc:postgresql://127.0.0.1:1/postgres?password=secret&connectTimeout=5",
                "secret");

        assertEquals(ErrorCode.DATABASE_UNREACHABLE, e.code());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
