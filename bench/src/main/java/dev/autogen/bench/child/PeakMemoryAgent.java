package dev.autogen.bench.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java agent that, when its JVM exits, writes the JVM's peak resident set size ({@code VmHWM}
 * of {@code /proc/self/status}, in kB) to the file named by the agent argument. Every child JVM of
 * the harness runs with it: {@code -javaagent:autogen-bench.jar=/tmp/rss.txt}.
 */
public final class PeakMemoryAgent {
    private PeakMemoryAgent() {
    }

    /** Registers the shutdown hook. */
    public static void premain(String file) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "peak-memory"));
    }

    private static void write(Path file) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    Files.writeString(file, line.substring("VmHWM:".length()).replace("kB", "").strip());
                }
            }
        } catch (IOException e) {
            System.err.println("peak-memory: " + e);
        }
    }
}
