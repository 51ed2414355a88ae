package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes the {@code revision} commands of one migrations folder, from reading the revision
 * graph to writing the new file, so that two at once never write sibling heads. It is an operating
 * system lock on a file in the temporary directory, named after the folder's real path, so the
 * user's source tree gets no lock file and a crashed command leaves nothing locked; threads of one
 * JVM, which the file lock does not tell apart, also wait for each other.
 */
final class RevisionLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private RevisionLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other {@code revision} works on the folder, saying so on {@code err} when it has to wait. */
    static RevisionLock acquire(Path migrationsDir, PrintWriter err) {
        Path folder = realPath(migrationsDir);
        Path file = lockFile(folder);
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        threads.lock();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    err.println("Waiting for another 'autogen revision' on " + migrationsDir + " to finish…");
                    lock = channel.lock();
                }
                return new RevisionLock(threads, channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            threads.unlock();
            throw new AutogenException(ErrorCode.IO, "Cannot lock " + file + ", which keeps two 'autogen revision'"
                    + " commands on " + migrationsDir + " apart: " + e.getMessage()
                    + ". Check that the temporary directory (java.io.tmpdir) is writable.", e);
        } catch (RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static Path lockFile(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"),
                    "autogen-revision-" + HexFormat.of().formatHex(digest, 0, 12) + "-" + userName() + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "SHA-256 is not available in this JVM.", e);
        }
    }

    /** The user's name as a file name part, so that users sharing a temporary directory never share a lock file. */
    private static String userName() {
        return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Releases the lock; a failure to release is not reported, since closing the channel or ending the process releases it. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The process ending releases the lock as well.
        } finally {
            threads.unlock();
        }
    }
}
