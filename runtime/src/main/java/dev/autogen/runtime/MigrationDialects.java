package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.Locale;

/**
 * Refuses a migration generated for another dialect than the one that runs it: its SQL, types and
 * names are of another database ({@link Revision#dialect}).
 */
final class MigrationDialects {
    private static final String REFERENCE = SqlDialects.reference().name();

    private MigrationDialects() {
    }

    /** Fails with {@link ErrorCode#DIALECT_MISMATCH} when the migration's class was generated for another dialect. */
    static void requireFor(SqlDialect dialect, ResolvedMigration migration, Migration instance) {
        String declared = declared(instance.getClass());
        if (declared.equals(dialect.name())) {
            return;
        }
        throw new AutogenException(ErrorCode.DIALECT_MISMATCH, "Migration " + migration.id() + " ("
                + migration.origin() + ") was generated for the " + declared + " dialect, but this run migrates with"
                + " the " + dialect.name() + " dialect; generated migrations are specific to one database, and nothing"
                + " was run. Point --url at a " + declared + " database (or give --dialect " + declared + "), or keep"
                + " the migrations of each database in a project, or migrations folder, of its own.");
    }

    /** The dialect a migration class was generated for: its {@code @Revision(dialect)}, by default the reference one. */
    static String declared(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        String named = revision == null ? "" : revision.dialect().strip();
        if (named.isEmpty()) {
            return REFERENCE;
        }
        return SqlDialects.named(named).map(SqlDialect::name).orElse(named.toLowerCase(Locale.ROOT));
    }
}
