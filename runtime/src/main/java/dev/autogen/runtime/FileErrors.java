package dev.autogen.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Turns a failed file operation into an error that keeps the operating system's reason, such as
 * "Permission denied", which Java's file exceptions often hold only in their type.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** The reason a file operation failed, with the file it failed on when that is not the one named. */
    public static String reason(IOException e, Path named) {
        String reason = reasonOnly(e);
        if (e instanceof FileSystemException failure && failure.getFile() != null
                && (named == null || !Path.of(failure.getFile()).equals(named))) {
            return reason + " (" + failure.getFile() + ")";
        }
        return reason;
    }

    /**
     * The error {@link ErrorCode#IO} for a failure to do something to a file.
     *
     * @param doing    what failed, naming the file, e.g. {@code "Cannot write /app/V1.java"}
     * @param named    the file named in {@code doing}
     * @param e        the failure
     * @param whatNext what to do about it, a sentence without its final period
     */
    public static AutogenException failed(String doing, Path named, IOException e, String whatNext) {
        return new AutogenException(ErrorCode.IO, doing + ": " + reason(e, named) + ". " + whatNext + ".", e);
    }

    private static String reasonOnly(IOException e) {
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
