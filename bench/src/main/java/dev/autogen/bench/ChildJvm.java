package dev.autogen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measured thing in its own JVM, with the peak-memory agent, and times it from process
 * start to exit.
 */
final class ChildJvm {
    private final Path agentJar;
    private final Path scratch;
    private final List<String> jvmOptions;

    ChildJvm(Path agentJar, Path scratch, List<String> jvmOptions) {
        this.agentJar = agentJar;
        this.scratch = scratch;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Runs {@code java [options] -cp classpath mainClass args}. */
    Measurement run(String classpath, String mainClass, List<String> args, Path workingDir, Map<String, String> env,
                    long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        return launch(command, workingDir, env, timeoutSeconds);
    }

    /** Runs {@code java [options] -jar jar args}. */
    Measurement runJar(Path jar, List<String> args, Path workingDir, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-jar", jar.toString()));
        command.addAll(args);
        return launch(command, workingDir, env, timeoutSeconds);
    }

    /** Runs {@code java [options] [extra options] -cp classpath mainClass args}. */
    Measurement run(List<String> extraOptions, String classpath, String mainClass, List<String> args, Path workingDir,
                    Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(extraOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        return launch(command, workingDir, env, timeoutSeconds);
    }

    /**
     * Runs the {@code bin/autogen} launcher script over the jar as a user would, with this JVM's
     * {@code JAVA_HOME}; the harness's options and the peak-memory agent reach the JVM the script
     * starts through {@code JAVA_TOOL_OPTIONS}.
     */
    Measurement runLauncher(Path launcher, Path jar, List<String> args, Path workingDir, Map<String, String> env,
                            long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        Map<String, String> environment = new LinkedHashMap<>(env);
        environment.put("AUTOGEN_JAR", jar.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return start(command, true, workingDir, environment, timeoutSeconds);
    }

    private Measurement launch(List<String> tail, Path workingDir, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(tail);
        return start(command, false, workingDir, env, timeoutSeconds);
    }

    private Measurement start(List<String> command, boolean throughToolOptions, Path workingDir,
                              Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path rss = Files.createTempFile(scratch, "rss", ".txt");
        Path output = Files.createTempFile(scratch, "out", ".txt");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-javaagent:" + agentJar + "=" + rss);
        List<String> full = new ArrayList<>(command);
        if (!throughToolOptions) {
            full.addAll(1, options);
        }
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        if (throughToolOptions) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        }
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        double wallMs = (System.nanoTime() - started) / 1_000_000.0;
        String text = Files.readString(output);
        String peak = Files.readString(rss).strip();
        Files.deleteIfExists(rss);
        Files.deleteIfExists(output);
        return new Measurement(wallMs, peak.isEmpty() ? -1 : Long.parseLong(peak), parse(text),
                finished ? process.exitValue() : -1, text, !finished);
    }

    private static Map<String, Double> parse(String output) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("metric ")) {
                String[] parts = line.strip().split(" ");
                metrics.put(parts[1], Double.parseDouble(parts[2]));
            }
        }
        return metrics;
    }

    /** Joins class path entries. */
    static String classpath(Object... entries) {
        List<String> parts = new ArrayList<>();
        for (Object entry : entries) {
            parts.add(entry.toString());
        }
        return String.join(File.pathSeparator, parts);
    }
}
