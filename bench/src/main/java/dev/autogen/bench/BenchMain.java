package dev.autogen.bench;

import dev.autogen.bench.live.LiveTableSuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Runs the whole benchmark and writes its results: the raw repetitions as CSV and the medians and
 * ratios as markdown, under {@code --out}. Options (all optional):
 * {@code --sizes 50,500,1000,2000 --reps 5 --warm-reps 5 --runtime-reps 5 --apply 1000
 * --noop 10000 --seed 42 --timeout 1800 --liquibase-timeout 900 --liquibase-classpath CP
 * --no-runtime --work DIR --out DIR --cli-jar JAR}; {@code --live [--live-rows 2000000 --live-hold 15 --live-reps 1]}
 * runs only the live-table benchmark ({@link LiveTableSuite}).
 */
public final class BenchMain {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private BenchMain() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.parse(args);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        String machine = machine();
        System.out.println(machine);
        if (config.live()) {
            String report = LiveTableSuite.run(config.liveRows(), config.liveHoldSeconds(), config.liveReps(),
                    config.out(), stamp, machine);
            System.out.println();
            System.out.println(report);
            System.out.println("Written " + config.out().resolve("live-" + stamp + ".md"));
            return;
        }
        Results results = new Results(config.out().resolve("raw-" + stamp + ".csv"));
        ChildJvm jvm = new ChildJvm(config.agentJar(), config.work().resolve("scratch"), List.of());
        Databases databases = new Databases(SERVER);
        ModelSuite models = new ModelSuite(config, jvm, databases, results);
        for (int size : config.sizes()) {
            models.run(size);
        }
        if (config.runtime()) {
            new RuntimeSuite(config, jvm, databases, results).run();
        }
        String report = "# Benchmark run " + stamp + "\n\n" + machine + "\n\nCommand: `bench/run.sh "
                + userArguments(args) + "`\n\n## Ratios (medians of the same run)\n\n" + ratios(config, results)
                + "\n## All figures\n\n" + results.table()
                + (results.notes().isEmpty() ? "" : "\n## Notes\n\n- " + String.join("\n- ", results.notes()) + "\n");
        Path markdown = config.out().resolve("results-" + stamp + ".md");
        Files.writeString(markdown, report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written " + markdown + " and " + config.out().resolve("raw-" + stamp + ".csv"));
    }

    /** The arguments as the user gave them to {@code bench/run.sh}, without those the script adds. */
    private static String userArguments(String[] args) {
        List<String> scriptOptions = List.of("--work", "--out", "--cli-jar", "--launcher", "--liquibase-classpath");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (scriptOptions.contains(args[i]) && i < 2 * scriptOptions.size()) {
                i++;
            } else {
                text.append(text.length() == 0 ? "" : " ").append(args[i]);
            }
        }
        return text.toString();
    }

    private static String ratios(BenchConfig config, Results results) {
        StringBuilder out = new StringBuilder("| size | comparison | autogen ms | peer ms | autogen / peer |\n"
                + "|---:|---|---:|---:|---:|\n");
        for (int size : config.sizes()) {
            double check = results.median("model", size, "autogen", "check (at head, wall)");
            double revision = results.median("model", size, "autogen", "revision (from empty, wall)");
            ratio(out, size, "`check` vs Hibernate validation (wall)", check,
                    results.median("model", size, "hibernate validate", "validation (at head, wall)"));
            ratio(out, size, "`bin/autogen check` vs Hibernate validation (wall)",
                    results.median("model", size, "autogen", "check (at head, bin/autogen, wall)"),
                    results.median("model", size, "hibernate validate", "validation (at head, wall)"));
            ratio(out, size, "`bin/autogen check` vs Hibernate validation, both " + ModelSuite.C1_ONLY + " (wall)",
                    results.median("model", size, "autogen", "check (at head, bin/autogen, wall)"),
                    results.median("model", size, "hibernate validate",
                            "validation (at head, " + ModelSuite.C1_ONLY + ", wall)"));
            ratio(out, size, "`check` compiling the migrations (no cache) vs Hibernate validation (wall)",
                    results.median("model", size, "autogen", "check (at head, compiling the migrations, wall)"),
                    results.median("model", size, "hibernate validate", "validation (at head, wall)"));
            ratio(out, size, "`check` vs Hibernate migrator script, at head (wall)", check,
                    results.median("model", size, "hibernate migrator", "update script (at head, wall)"));
            ratio(out, size, "`check` vs Liquibase diffChangeLog, at head (wall)", check,
                    results.median("model", size, "liquibase", "diffChangeLog (at head, wall)"));
            ratio(out, size, "`revision` vs Hibernate migrator script, from empty (wall)", revision,
                    results.median("model", size, "hibernate migrator", "update script (from empty, wall)"));
            ratio(out, size, "`revision` vs Liquibase diffChangeLog, from empty (wall)", revision,
                    results.median("model", size, "liquibase", "diffChangeLog (from empty, wall)"));
        }
        if (config.runtime()) {
            int apply = config.applyCount();
            for (String kind : List.of("SELECT 1 each", "CREATE TABLE each")) {
                for (String figure : List.of("wall", "upgrade()")) {
                    String flywayFigure = figure.equals("wall") ? "wall" : "migrate()";
                    ratio(out, apply, "apply " + apply + " (" + kind + "), " + figure + " vs Flyway " + flywayFigure,
                            results.median("runtime", apply, "autogen", "apply " + apply + " (" + kind + "), " + figure),
                            results.median("runtime", apply, "flyway", "apply " + apply + " (" + kind + "), " + flywayFigure));
                }
            }
            int noop = config.noopCount();
            ratio(out, noop, "no-op upgrade at " + noop + " applied, wall vs Flyway",
                    results.median("runtime", noop, "autogen", "no-op upgrade at " + noop + " applied, wall"),
                    results.median("runtime", noop, "flyway", "no-op upgrade at " + noop + " applied, wall"));
            ratio(out, noop, "no-op upgrade at " + noop + " applied, checksums not verified, wall vs Flyway",
                    results.median("runtime", noop, "autogen, checksums not verified",
                            "no-op upgrade at " + noop + " applied, wall"),
                    results.median("runtime", noop, "flyway", "no-op upgrade at " + noop + " applied, wall"));
            ratio(out, noop, "no-op upgrade at " + noop + " applied, upgrade() vs Flyway migrate()",
                    results.median("runtime", noop, "autogen", "no-op upgrade at " + noop + " applied, upgrade()"),
                    results.median("runtime", noop, "flyway", "no-op upgrade at " + noop + " applied, migrate()"));
        }
        return out.toString();
    }

    private static void ratio(StringBuilder out, int size, String what, double autogen, double peer) {
        if (Double.isNaN(autogen) || Double.isNaN(peer)) {
            return;
        }
        out.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %.0f | %.2f |%n", size, what, autogen, peer, autogen / peer));
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        String postgres;
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            postgres = row.getString(1);
        } catch (Exception e) {
            postgres = "unknown (" + e.getMessage() + ")";
        }
        return "Machine: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory
                + "; Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + "); PostgreSQL " + postgres + " on 127.0.0.1; load average at start "
                + Files.readString(Path.of("/proc/loadavg")).strip() + ".";
    }
}
