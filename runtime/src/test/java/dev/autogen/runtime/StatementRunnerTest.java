package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which failures of running a migration's statements count as a failed statement. */
class StatementRunnerTest {
    @Test
    void aStatementThatCannotBeClosedAfterEveryStatementRanIsNoFailure() {
        List<String> ran = new ArrayList<>();
        Connection connection = connection(ran, false);

        assertDoesNotThrow(() -> StatementRunner.run(connection, "m1", List.of("SELECT 1", "SELECT 2")));

        assertEquals(List.of("SELECT 1", "SELECT 2"), ran);
    }

    @Test
    void aStatementThatCannotBeOpenedIsReportedAsSuch() {
        StatementRunner.FailedStatement failure = assertThrows(StatementRunner.FailedStatement.class,
                () -> StatementRunner.run(connection(new ArrayList<>(), true), "m1", List.of("SELECT 1")));

        assertEquals("(opening a statement)", failure.sql());
    }

    private static Connection connection(List<String> ran, boolean refuseStatements) {
        Statement statement = (Statement) Proxy.newProxyInstance(StatementRunnerTest.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (self, method, args) -> switch (method.getName()) {
                    case "execute" -> ran.add((String) args[0]) && false;
                    case "close" -> throw new SQLException("the pool already closed it");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (Connection) Proxy.newProxyInstance(StatementRunnerTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (self, method, args) -> {
                    if (!method.getName().equals("createStatement")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (refuseStatements) {
                        throw new SQLException("connection is closed", "08003");
                    }
                    return statement;
                });
    }
}
