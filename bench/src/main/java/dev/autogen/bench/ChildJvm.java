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

    private Measurement launch(List<String> tail, Path workingDir, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path rss = Files.createTempFile(scratch, "rss", ".txt");
        Path output = Files.createTempFile(scratch, "out", ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-javaagent:" + agentJar + "=" + rss);
        command.addAll(tail);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
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
