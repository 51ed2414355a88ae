package dev.autogen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A command run on each migration file autogen writes, such as a formatter, as Alembic's post-write
 * hooks are. It runs without a shell: the command line is split into words ({@link CommandWords}),
 * and {@code {file}} in a word stands for the file's path. A hook that fails never removes the file.
 *
 * @param words   the command and its arguments, {@code {file}} not yet replaced
 * @param timeout how long the hook may run before it is stopped
 */
record PostWriteHook(List<String> words, Duration timeout) {
    /** The placeholder for the path of the written file. */
    static final String FILE_PLACEHOLDER = "{file}";
    /** How long a hook may run by default. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int STDERR_LIMIT = 2_000;

    PostWriteHook {
        words = List.copyOf(words);
    }

    /** The hook that a {@code post-write-hook} setting describes. */
    static PostWriteHook of(String commandLine) {
        return new PostWriteHook(CommandWords.split(commandLine), DEFAULT_TIMEOUT);
    }

    /**
     * Runs the hook on {@code file} from {@code workingDirectory}; returns the warning to print when
     * it did not succeed, empty when it did.
     */
    Optional<String> run(Path file, Path workingDirectory) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String path = file.toAbsolutePath().toString();
        List<String> command = words.stream().map(word -> word.replace(FILE_PLACEHOLDER, path)).toList();
        Path stderr = null;
        try {
            stderr = Files.createTempFile("autogen-hook", ".err");
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return Optional.of(warning(file, "did not finish within " + timeout.toSeconds() + " s and was stopped"));
            }
            int exit = process.exitValue();
            if (exit == 0) {
                return Optional.empty();
            }
            String output = Files.readString(stderr, StandardCharsets.UTF_8).strip();
            return Optional.of(warning(file, "exited with code " + exit
                    + (output.isEmpty() ? "" : ": " + abbreviate(output))));
        } catch (IOException e) {
            return Optional.of(warning(file, "could not be started (" + e.getMessage() + "); check that "
                    + words.get(0) + " is installed and on the PATH"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(warning(file, "was interrupted"));
        } finally {
            deleteQuietly(stderr);
        }
    }

    private String warning(Path file, String what) {
        return "WARNING: the post-write hook '" + String.join(" ", words) + "' " + what + "; " + file
                + " is kept as autogen wrote it.";
    }

    private static String abbreviate(String output) {
        return output.length() <= STDERR_LIMIT ? output : output.substring(0, STDERR_LIMIT) + "…";
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }
}
