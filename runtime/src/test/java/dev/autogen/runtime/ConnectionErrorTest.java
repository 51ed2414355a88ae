package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures to connect are reported by kind, and never show the password. */
@Tag("postgres")
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

    @Test
    void theUrlTypoOfTheIssueIsNamedBeforeConnectingAndShowsNoPassword() {
        AutogenException e = currentOf("jdbc:postgres://127.0.0.1:5432/db?password=s3cret", "s3cret");

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:5432/db"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void aUserWithoutCreateGetsThePrivilegeAdvice() throws Exception {
        String role = "rt_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE ROLE " + role + " LOGIN");
            try {
                Migrator migrator = Migrator.configure()
                        .dataSource(new UrlDataSource(database.url(), role, null))
                        .migrationsPackage("dev.autogen.runtime.it.chain")
                        .load();

                AutogenException e = assertThrows(AutogenException.class, migrator::upgrade);

                assertEquals(ErrorCode.DATABASE_ERROR, e.code());
                assertTrue(e.getMessage().contains("(SQL state 42501)"), e.getMessage());
                assertTrue(e.getMessage().contains("may create and change tables"), e.getMessage());
            } finally {
                database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
            }
        }
    }

    @Test
    void aClosedConnectionIsNotBlamedOnPrivileges() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Connection closed = database.connect();
            closed.close();
            DataSource handsOutClosed = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return closed;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            Migrator migrator = Migrator.configure().dataSource(handsOutClosed)
                    .migrationsPackage("dev.autogen.runtime.it.chain").load();

            AutogenException e = assertThrows(AutogenException.class, migrator::current);

            assertEquals(ErrorCode.CONNECTION_LOST, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("connection to the server was lost"), e.getMessage());
            assertFalse(e.getMessage().contains("may create and change tables"), e.getMessage());
        }
    }

    @Test
    void aLockTimeoutThatIsNotPositiveIsRefused() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> Migrator.configure().lockTimeout(Duration.ofSeconds(-5)));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("PT-5S"), e.getMessage());
        assertThrows(AutogenException.class, () -> Migrator.configure().lockTimeout(Duration.ZERO));
    }
}
