package dev.autogen.runtime;

import dev.autogen.runtime.ops.MigrationOperation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 over its recorded upgrade operations. It is the same
 * whether the migration was compiled from source by the command line or loaded as a class by an
 * application, and it ignores formatting and comments.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The hex SHA-256 of the operations' canonical text. */
    public static String of(List<MigrationOperation> operations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MigrationOperation operation : operations) {
                digest.update(operation.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "SHA-256 is not available in this JVM.", e);
        }
    }
}
