package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
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
 */
public final class Checksums {
    private Checksums() {
    }

    /** The hex SHA-256 of the statements the dialect renders for the operations. */
    public static String of(SqlDialect dialect, List<MigrationOperation> operations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MigrationOperation operation : operations) {
                for (String statement : dialect.toSql(operation)) {
                    digest.update(statement.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) ';');
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "SHA-256 is not available in this JVM.", e);
        }
    }
}
