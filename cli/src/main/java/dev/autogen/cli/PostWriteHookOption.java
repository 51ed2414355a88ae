package dev.autogen.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --post-write-hook} option of the commands that write migration files ({@code revision},
 * {@code merge}); also {@code post-write-hook} in {@code autogen.properties} or
 * {@code AUTOGEN_POST_WRITE_HOOK}.
 */
final class PostWriteHookOption {
    @Option(names = "--post-write-hook", paramLabel = "CMD", description = "A command to run on every file written,"
            + " e.g. a formatter: {file} stands for the file's path. Runs without a shell, from the project folder;"
            + " a failing hook gives a warning and keeps the file.")
    String command;

    /** Runs the hook, when one is configured, on a file just written; warns on {@code err} when it fails. */
    void afterWriting(Path file, Path workingDirectory, PrintWriter err) {
        if (command != null && !command.isBlank()) {
            PostWriteHook.of(command).run(file, workingDirectory).ifPresent(err::println);
        }
    }
}
