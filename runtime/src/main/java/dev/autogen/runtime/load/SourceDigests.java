package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests of migration source files, which let an upgrade skip re-rendering the migrations that did
 * not change since they ran. The digest of a source is taken at compile time, by the
 * {@link RevisionIndexProcessor} or the command line's compiler, over its text with line endings
 * made {@code \n}, so a checkout on Windows gives the same digest. What the history table keeps is
 * the digest {@linkplain #recorded bound to the checksum} it was verified against (followed by the
 * last {@value #CHECKSUM_TAIL} characters of that checksum), so a checksum changed by any other means
 * (an older autogen's repair, a hand edit) never passes for verified.
 */
public final class SourceDigests {
    /** The prefix of digests made by this version of the algorithm. */
    public static final String ALGORITHM = "src1:";
    /** How many of the checksum's last characters the recorded value repeats. */
    public static final int CHECKSUM_TAIL = 16;

    private SourceDigests() {
    }

    /** The digest of a migration's source text. */
    public static String of(CharSequence source) {
        String text = source.toString().replace("\r\n", "\n").replace('\r', '\n');
        return ALGORITHM + sha256(text);
    }

    /**
     * What the history records for a migration whose source has {@code sourceDigest} and whose
     * upgrade was rendered with {@code checksum}; {@code null} when the source digest is unknown.
     */
    public static String recorded(String sourceDigest, String checksum) {
        if (sourceDigest == null || checksum == null) {
            return null;
        }
        return sourceDigest + "/" + checksum.substring(Math.max(0, checksum.length() - CHECKSUM_TAIL));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "SHA-256 is not available in this JVM.", e);
        }
    }
}
