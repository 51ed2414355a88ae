package dev.autogen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files under {@code src/test/resources/golden/}, compared byte for byte. Run with
 * {@code -Dgolden.update=true} to rewrite them from the current output instead.
 */
public final class Golden {
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /** Whether golden files are being rewritten. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Asserts the actual text equals the golden file's bytes, or rewrites the file when updating. */
    public static void assertMatches(String fileName, String actual) throws IOException {
        Path file = DIRECTORY.resolve(fileName);
        byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
        if (updating()) {
            Files.createDirectories(DIRECTORY);
            Files.write(file, actualBytes);
            return;
        }
        assertTrue(Files.exists(file), () -> "missing golden file " + file.toAbsolutePath()
                + "; run the tests with -Dgolden.update=true to create it");
        String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertEquals(expected, actual, () -> "generated source differs from " + file
                + "; if the change is intended, run the tests with -Dgolden.update=true and review the diff");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), actualBytes), "bytes differ from " + file);
    }
}
