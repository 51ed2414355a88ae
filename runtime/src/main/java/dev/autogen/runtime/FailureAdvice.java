package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresErrors;

import java.sql.SQLException;

/**
 * PostgreSQL's advice when a migration's statement fails, as {@link PostgresErrors#migrationAdvice}
 * gives it. The runtime asks its dialect's {@link dev.autogen.runtime.dialect.ErrorClassifier}.
 */
final class FailureAdvice {
    private static final PostgresErrors POSTGRES = new PostgresErrors();

    private FailureAdvice() {
    }

    /** The advice for a failed statement of a migration that ran in one transaction. */
    static String of(SQLException failure) {
        return POSTGRES.migrationAdvice(failure);
    }
}
