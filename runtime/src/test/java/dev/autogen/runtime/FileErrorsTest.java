package dev.autogen.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aDeniedWriteKeepsPermissionDenied() {
        Path file = Path.of("/srv/app/migrations/V1.java");

        AutogenException e = FileErrors.failed("Cannot write " + file, file,
                new AccessDeniedException(file.toString()), "Make it writable");

        assertEquals(ErrorCode.IO, e.code());
        assertEquals("Cannot write /srv/app/migrations/V1.java: Permission denied. Make it writable.", e.getMessage());
    }

    @Test
    void theOperatingSystemsReasonAndTheFileAtFaultAreKept() throws IOException {
        Path blocker = Files.writeString(dir.resolve("plain-file"), "x");
        Path wanted = blocker.resolve("migrations");

        IOException failure = assertThrows(IOException.class, () -> Files.createDirectories(wanted));
        String reason = FileErrors.reason(failure, wanted);

        assertEquals("Not a directory", reason);
        assertEquals("Permission denied (/a/b)", FileErrors.reason(new AccessDeniedException("/a/b"), Path.of("/a/c")));
    }
}
