package dev.autogen.bench.child;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.UrlDataSource;

/**
 * autogen's runtime as an application calls it at startup, with compiled migration classes:
 * {@code Migrator.configure().dataSource(ds).migrationsPackage(p).load().upgrade()}. Arguments:
 * {@code upgrade|upgrade-unverified|stamp JDBC_URL PACKAGE}; {@code upgrade-unverified} skips the
 * checksum verification of applied migrations, {@code stamp} records every migration as applied
 * (the set-up of the no-op figure).
 */
public final class AutogenRuntime {
    private AutogenRuntime() {
    }

    /** Runs the command and reports its time and the number of revisions applied. */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Migrator migrator = Migrator.configure()
                .dataSource(new UrlDataSource(args[1], "postgres", null))
                .migrationsPackage(args[2])
                .verifyChecksums(!args[0].equals("upgrade-unverified"))
                .load();
        if (args[0].equals("stamp")) {
            Metrics.time("stamp", () -> migrator.stamp("head"));
            return;
        }
        MigrationResult result = Metrics.time("upgrade", migrator::upgrade);
        Metrics.report("applied", result.revisions().size());
        Metrics.report("total_in_process", Metrics.since(started));
    }
}
