package dev.autogen.runtime.testing;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.List;

/** Migrations made in a test from plain SQL statements, run in order by {@code op.execute}. */
public final class SqlMigrations {
    private SqlMigrations() {
    }

    /** A migration whose upgrade runs the statements and whose downgrade does nothing. */
    public static ResolvedMigration of(String id, List<String> parents, boolean transactional, String... statements) {
        return new ResolvedMigration(id, parents, "run " + statements.length + " statement(s)", "test", () -> new Migration() {
            @Override
            public void upgrade(Operations op) {
                for (String statement : statements) {
                    op.execute(statement);
                }
            }

            @Override
            public void downgrade(Operations op) {
            }
        }, transactional);
    }
}
