package dev.autogen.bench.child;

import java.util.Locale;

/** The one statement of the i-th trivial migration, the same for autogen, Flyway and plain JDBC. */
public final class TrivialMigrationSql {
    private TrivialMigrationSql() {
    }

    /** {@code SELECT 1} for the kind {@code select}; a one-column table for the kind {@code ddl}. */
    public static String of(String kind, int index) {
        return switch (kind) {
            case "select" -> "SELECT 1";
            case "ddl" -> String.format(Locale.ROOT, "CREATE TABLE rt_%05d (id integer PRIMARY KEY)", index);
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }
}
