package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 over the SQL its upgrade runs. It is the same whether the
 * migration was compiled from source by the command line or loaded as a class by an application,
 * it ignores formatting and comments, and it changes exactly when what the migration does changes.
 * It carries the version of the algorithm ({@value #ALGORITHM}) as a prefix, so that a later
 * autogen, whose SQL rendering may differ, skips checksums it cannot compare instead of reporting
 * every migration as edited; {@code repair} brings them up to date.
 */
public final class Checksums {
    /** The prefix of checksums made by this version of the algorithm. */
    public static final String ALGORITHM = "sql1:";

    private Checksums() {
    }

    /** Whether a stored checksum was made by this version of the algorithm and can be compared. */
    public static boolean isComparable(String checksum) {
        return checksum != null && checksum.startsWith(ALGORITHM);
    }

    /**
     * Whether a stored checksum is absent: {@code null} or blank. autogen records one on every
     * applied row (only the incomplete row of an undo under way has none), so an applied row without
     * one was changed by hand and its migration cannot be verified until it is repaired.
     */
    public static boolean isMissing(String checksum) {
        return checksum == null || checksum.isBlank();
    }

    /** The checksum of a migration's upgrade as it is now. */
    public static String of(SqlDialect dialect, ResolvedMigration migration) {
        return of(dialect, migration.upgradeOperations(migration.factory().get()));
    }

    /** The versioned hex SHA-256 of the statements the dialect renders for the operations. */
    public static String of(SqlDialect dialect, List<MigrationOperation> operations) {
        return ofStatements(StatementRunner.statements(dialect, operations));
    }

    /** The versioned hex SHA-256 of statements already rendered, each followed by {@code ;} and a line break. */
    static String ofStatements(List<String> statements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String statement : statements) {
                digest.update(statement.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ';');
                digest.update((byte) '\n');
            }
            return ALGORITHM + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "SHA-256 is not available in this JVM.", e);
        }
    }
}
