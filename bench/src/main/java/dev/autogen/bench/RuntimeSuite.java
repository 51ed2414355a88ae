package dev.autogen.bench;

import dev.autogen.bench.generate.JavaCompilation;
import dev.autogen.bench.generate.MigrationClassGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The runtime figures, autogen's {@code Migrator} against Flyway on the same PostgreSQL, both with
 * compiled Java migrations: applying N trivial migrations to an empty database, and an upgrade
 * with nothing to do once M are applied. A plain-JDBC run of the same statements is the floor.
 */
final class RuntimeSuite {
    private static final String SUITE = "runtime";

    private final BenchConfig config;
    private final ChildJvm jvm;
    private final Databases databases;
    private final Results results;

    RuntimeSuite(BenchConfig config, ChildJvm jvm, Databases databases, Results results) {
        this.config = config;
        this.jvm = jvm;
        this.databases = databases;
        this.results = results;
    }

    void run() throws Exception {
        int apply = config.applyCount();
        int noop = config.noopCount();
        System.out.println("== runtime: apply " + apply + ", no-op at " + noop);
        Path dir = config.work().resolve("runtime");
        Path classes = dir.resolve("classes-" + apply + "-" + noop);
        if (!Files.isDirectory(classes)) {
            Path sources = dir.resolve("src-" + apply + "-" + noop);
            MigrationClassGenerator.write(sources, "select", apply);
            MigrationClassGenerator.write(sources, "ddl", apply);
            MigrationClassGenerator.write(sources, "select", noop);
            JavaCompilation.compile(sources, classes);
        }
        String classpath = ChildJvm.classpath(config.benchClasspath(), classes);
        String autogenNoop = databases.fresh("bench_rt_autogen_noop");
        String flywayNoop = databases.fresh("bench_rt_flyway_noop");
        require(child(classpath, "dev.autogen.bench.child.AutogenRuntime",
                "stamp", autogenNoop, MigrationClassGenerator.autogenPackage("select", noop)), "autogen stamp");
        require(child(classpath, "dev.autogen.bench.child.FlywayRuntime", "stamp", flywayNoop,
                MigrationClassGenerator.flywayPackage("select", noop), String.valueOf(noop)), "Flyway set-up");
        for (int rep = 0; rep < config.runtimeReps(); rep++) {
            Measurement empty = child(classpath, "dev.autogen.bench.child.EmptyMain");
            results.add(SUITE, 0, "jvm", "empty main (JVM start and exit)", empty.wallMs(), empty.peakKb());
            for (String kind : List.of("select", "ddl")) {
                applyAll(classpath, kind, apply);
            }
            noop(classpath, "autogen", "dev.autogen.bench.child.AutogenRuntime", "upgrade", autogenNoop,
                    MigrationClassGenerator.autogenPackage("select", noop), "upgrade", noop);
            noop(classpath, "autogen, checksums not verified", "dev.autogen.bench.child.AutogenRuntime",
                    "upgrade-unverified", autogenNoop, MigrationClassGenerator.autogenPackage("select", noop), "upgrade",
                    noop);
            noop(classpath, "flyway", "dev.autogen.bench.child.FlywayRuntime", "migrate", flywayNoop,
                    MigrationClassGenerator.flywayPackage("select", noop), "migrate", noop);
        }
        databases.drop("bench_rt_autogen_noop");
        databases.drop("bench_rt_flyway_noop");
        databases.drop("bench_rt_apply");
    }

    private void applyAll(String classpath, String kind, int count) throws Exception {
        String what = "apply " + count + " (" + kindName(kind) + ")";
        String url = databases.fresh("bench_rt_apply");
        Measurement floor = child(classpath, "dev.autogen.bench.child.JdbcBaseline", url, kind, String.valueOf(count));
        require(floor, "JDBC floor");
        results.add(SUITE, count, "jdbc floor", what + ", statements only", floor.get("statements"), -1);

        url = databases.fresh("bench_rt_apply");
        Measurement autogen = child(classpath, "dev.autogen.bench.child.AutogenRuntime", "upgrade", url,
                MigrationClassGenerator.autogenPackage(kind, count));
        require(autogen, "autogen upgrade");
        applied(autogen, count);
        results.add(SUITE, count, "autogen", what + ", wall", autogen.wallMs(), autogen.peakKb());
        results.add(SUITE, count, "autogen", what + ", upgrade()", autogen.get("upgrade"), -1);

        url = databases.fresh("bench_rt_apply");
        Measurement flyway = child(classpath, "dev.autogen.bench.child.FlywayRuntime", "migrate", url,
                MigrationClassGenerator.flywayPackage(kind, count), String.valueOf(count));
        require(flyway, "Flyway migrate");
        applied(flyway, count);
        results.add(SUITE, count, "flyway", what + ", wall", flyway.wallMs(), flyway.peakKb());
        results.add(SUITE, count, "flyway", what + ", migrate()", flyway.get("migrate"), -1);
    }

    private void noop(String classpath, String tool, String mainClass, String command, String url, String packageName,
                      String metric, int applied) throws Exception {
        Measurement run = child(classpath, mainClass, command, url, packageName, String.valueOf(applied));
        require(run, tool + " no-op");
        applied(run, 0);
        results.add(SUITE, applied, tool, "no-op upgrade at " + applied + " applied, wall", run.wallMs(), run.peakKb());
        results.add(SUITE, applied, tool, "no-op upgrade at " + applied + " applied, " + metric + "()",
                run.get(metric), -1);
    }

    private static String kindName(String kind) {
        return kind.equals("select") ? "SELECT 1 each" : "CREATE TABLE each";
    }

    private static void applied(Measurement run, int expected) {
        if (run.get("applied") != expected) {
            throw new IllegalStateException("applied " + run.get("applied") + " migrations, expected " + expected
                    + ":\n" + run.output());
        }
    }

    private Measurement child(String classpath, String mainClass, String... args) throws Exception {
        return jvm.run(classpath, mainClass, List.of(args), config.work(), Map.of(), config.timeoutSeconds());
    }

    private static void require(Measurement run, String what) {
        ModelSuite.require(run, 0, what);
    }
}
