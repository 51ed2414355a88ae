package dev.autogen.cli.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the command line as a separate JVM, for tests of concurrency and crashes. */
public final class CliProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code autogen ARGS} in the directory with the extra environment. */
    public static CliProcess start(Path directory, Map<String, String> environment, String... args) throws IOException {
        return start(directory, environment, List.of(), args);
    }

    /** Starts {@code autogen ARGS} under a launcher command such as {@code setpriv ... --}. */
    public static CliProcess start(Path directory, Map<String, String> environment, List<String> launcher,
                                   String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.autogen.cli.Main");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return new CliProcess(builder.start(), out, err);
    }

    /** Waits for the exit and returns what the process printed. */
    public CliResult await(long seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("autogen did not finish within " + seconds + " s");
        }
        return new CliResult(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Kills the process with SIGKILL, as {@code kill -9} does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }
}
