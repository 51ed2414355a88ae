package dev.autogen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The harness's options, from the command line; see {@link BenchMain}. */
final class BenchConfig {
    private List<Integer> sizes = List.of(50, 500, 1000, 2000);
    private int reps = 5;
    private int warmReps = 5;
    private int runtimeReps = 5;
    private int applyCount = 1000;
    private int noopCount = 10_000;
    private long seed = 42;
    private long timeoutSeconds = 1800;
    private long liquibaseTimeoutSeconds = 900;
    private boolean runtime = true;
    private boolean live;
    private int liveRows = 2_000_000;
    private int liveHoldSeconds = 15;
    private int liveReps = 1;
    private Path work = Path.of("/tmp/autogen-bench");
    private Path out = Path.of("bench/results");
    private Path cliJar = Path.of("cli/target/autogen.jar");
    private Path launcher = Path.of("bin/autogen");
    private String benchClasspath;
    private String liquibaseClasspath;
    private final Set<String> skipped = new HashSet<>();

    static BenchConfig parse(String[] args) throws Exception {
        BenchConfig config = new BenchConfig();
        List<String> list = new ArrayList<>(Arrays.asList(args));
        for (int i = 0; i < list.size(); i++) {
            String option = list.get(i);
            String value = i + 1 < list.size() ? list.get(i + 1) : null;
            switch (option) {
                case "--sizes" -> config.sizes = value.isBlank() ? List.of()
                        : Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--reps" -> config.reps = Integer.parseInt(value);
                case "--warm-reps" -> config.warmReps = Integer.parseInt(value);
                case "--runtime-reps" -> config.runtimeReps = Integer.parseInt(value);
                case "--apply" -> config.applyCount = Integer.parseInt(value);
                case "--noop" -> config.noopCount = Integer.parseInt(value);
                case "--seed" -> config.seed = Long.parseLong(value);
                case "--timeout" -> config.timeoutSeconds = Long.parseLong(value);
                case "--liquibase-timeout" -> config.liquibaseTimeoutSeconds = Long.parseLong(value);
                case "--work" -> config.work = Path.of(value);
                case "--out" -> config.out = Path.of(value);
                case "--cli-jar" -> config.cliJar = Path.of(value);
                case "--launcher" -> config.launcher = Path.of(value);
                case "--liquibase-classpath" -> config.liquibaseClasspath = value.isBlank() ? null : value;
                case "--live-rows" -> config.liveRows = Integer.parseInt(value);
                case "--live-hold" -> config.liveHoldSeconds = Integer.parseInt(value);
                case "--live-reps" -> config.liveReps = Integer.parseInt(value);
                case "--live" -> {
                    config.live = true;
                    continue;
                }
                case "--no-runtime" -> {
                    config.runtime = false;
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
            i++;
        }
        config.work = config.work.toAbsolutePath();
        config.out = config.out.toAbsolutePath();
        config.cliJar = config.cliJar.toAbsolutePath();
        config.launcher = config.launcher.toAbsolutePath();
        config.benchClasspath = System.getProperty("java.class.path");
        if (!Files.isRegularFile(config.cliJar)) {
            throw new IllegalArgumentException("no " + config.cliJar + ": build the CLI first (bench/run.sh does)");
        }
        return config;
    }

    List<Integer> sizes() {
        return sizes;
    }

    int reps() {
        return reps;
    }

    int warmReps() {
        return warmReps;
    }

    int runtimeReps() {
        return runtimeReps;
    }

    int applyCount() {
        return applyCount;
    }

    int noopCount() {
        return noopCount;
    }

    long seed() {
        return seed;
    }

    long timeoutSeconds() {
        return timeoutSeconds;
    }

    long liquibaseTimeoutSeconds() {
        return liquibaseTimeoutSeconds;
    }

    boolean runtime() {
        return runtime;
    }

    /** Whether to run the live-table benchmark instead of the others. */
    boolean live() {
        return live;
    }

    int liveRows() {
        return liveRows;
    }

    int liveHoldSeconds() {
        return liveHoldSeconds;
    }

    int liveReps() {
        return liveReps;
    }

    Path work() {
        return work;
    }

    Path out() {
        return out;
    }

    Path cliJar() {
        return cliJar;
    }

    /** The {@code bin/autogen} launcher script, run over {@link #cliJar()}. */
    Path launcher() {
        return launcher;
    }

    String benchClasspath() {
        return benchClasspath;
    }

    String liquibaseClasspath() {
        return liquibaseClasspath;
    }

    boolean skipped(String key) {
        return skipped.contains(key);
    }

    void skip(String key) {
        skipped.add(key);
    }

    /** The agent jar: the harness's own jar on the class path. */
    Path agentJar() {
        for (String entry : benchClasspath.split(java.io.File.pathSeparator)) {
            if (entry.matches(".*autogen-bench-[^/]*\\.jar")) {
                return Path.of(entry).toAbsolutePath();
            }
        }
        throw new IllegalStateException("autogen-bench jar not on the class path " + benchClasspath);
    }
}
