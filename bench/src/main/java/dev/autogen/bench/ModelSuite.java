package dev.autogen.bench;

import dev.autogen.bench.generate.EntityModelGenerator;
import dev.autogen.bench.generate.JavaCompilation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The model figures for one size: autogen's {@code revision} and {@code check} (whole command, in
 * a fresh JVM) and its phases, against Hibernate's boot, validation and schema migrator and
 * Liquibase's {@code diffChangeLog}, on the same generated classes and the same databases. Each
 * repetition runs every tool once, so the tools share the machine's noise.
 */
final class ModelSuite {
    /** The JVM option of {@code bin/autogen}, also given to Hibernate's validation for comparison. */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String SUITE = "model";
    /**
     * Above this, the set-up applies the initial revision statement by statement: one transaction
     * creating every table of 2,000 entities needs more locks than PostgreSQL's default
     * {@code max_locks_per_transaction} (64 per connection) allows (1,000 still fit).
     */
    private static final int MAX_TABLES_IN_ONE_TRANSACTION = 500;

    private final BenchConfig config;
    private final ChildJvm jvm;
    private final Databases databases;
    private final Results results;

    ModelSuite(BenchConfig config, ChildJvm jvm, Databases databases, Results results) {
        this.config = config;
        this.jvm = jvm;
        this.databases = databases;
        this.results = results;
    }

    void run(int size) throws Exception {
        System.out.println("== model of " + size + " entities");
        Path dir = config.work().resolve("model-" + size);
        Path classes = dir.resolve("classes");
        Path resources = dir.resolve("resources");
        if (!Files.isDirectory(classes)) {
            new EntityModelGenerator(size, config.seed()).write(dir.resolve("src"), resources);
            JavaCompilation.compile(dir.resolve("src"), classes);
        }
        Path project = dir.resolve("project");
        Path migrations = project.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(project.resolve("autogen.properties"), "user=postgres\nclasspath=" + classes
                + "\nentities=" + EntityModelGenerator.PACKAGE + "\nmigrations-dir=migrations\nmigrations-package=bench.migrations\n");
        String emptyDb = "bench_m" + size + "_empty";
        String headDb = "bench_m" + size + "_head";
        String emptyUrl = databases.fresh(emptyDb);
        clear(migrations);
        Measurement first = cli(project, emptyUrl, "revision", "-m", "initial schema");
        require(first, 0, "autogen revision");
        String headUrl = databases.fresh(headDb);
        boolean oneTransaction = size <= MAX_TABLES_IN_ONE_TRANSACTION;
        if (!oneTransaction) {
            Path generated = Files.list(migrations).findFirst().orElseThrow();
            Files.writeString(generated, Files.readString(generated)
                    .replaceFirst("@Revision\\(\\s*", "@Revision(\n        transactional = false,\n        "));
        }
        Measurement upgrade = cli(project, headUrl, "upgrade");
        require(upgrade, 0, "autogen upgrade");
        results.add(SUITE, size, "autogen", "upgrade, initial revision " + (oneTransaction ? "(one transaction)"
                : "(transactional = false)"), upgrade.wallMs(), upgrade.peakKb());
        int tables = databases.tableCount(headUrl);
        if (tables != size) {
            throw new IllegalStateException("the database at head has " + tables + " tables, not " + size);
        }
        Path revision = Files.list(migrations).findFirst().orElseThrow();
        String source = Files.readString(revision);
        for (int rep = 0; rep < config.reps(); rep++) {
            repetition(size, project, migrations, revision, source, classes, resources, emptyUrl, headUrl);
        }
        databases.drop(emptyDb);
        databases.drop(headDb);
    }

    private void repetition(int size, Path project, Path migrations, Path revision, String source, Path classes,
                            Path resources, String emptyUrl, String headUrl) throws Exception {
        Files.delete(revision);
        Measurement revisionRun = cli(project, emptyUrl, "revision", "-m", "initial schema");
        require(revisionRun, 0, "autogen revision");
        clear(migrations);
        Files.writeString(revision, source);
        results.add(SUITE, size, "autogen", "revision (from empty, wall)", revisionRun.wallMs(), revisionRun.peakKb());

        deleteTree(project.resolve(".autogen/compiled"));
        Measurement firstCheck = cli(project, headUrl, "check");
        require(firstCheck, 0, "autogen check (no false positive at head)");
        results.add(SUITE, size, "autogen", "check (at head, compiling the migrations, wall)", firstCheck.wallMs(),
                firstCheck.peakKb());
        Measurement check = cli(project, headUrl, "check");
        require(check, 0, "autogen check (no false positive at head)");
        results.add(SUITE, size, "autogen", "check (at head, wall)", check.wallMs(), check.peakKb());
        Measurement launched = jvm.runLauncher(config.launcher(), config.cliJar(), List.of("check"), project,
                Map.of("AUTOGEN_URL", headUrl, "AUTOGEN_DRIFT", "never"), config.timeoutSeconds());
        require(launched, 0, "bin/autogen check");
        results.add(SUITE, size, "autogen", "check (at head, bin/autogen, wall)", launched.wallMs(), launched.peakKb());

        Measurement phases = child("dev.autogen.bench.child.AutogenPhases", List.of(classes.toString(),
                EntityModelGenerator.PACKAGE, headUrl, String.valueOf(config.warmReps())));
        require(phases, 0, "autogen phases");
        for (String metric : List.of("model_read", "catalog_read_cold", "catalog_read_warm", "diff_at_head_cold",
                "diff_from_empty_cold", "diff_warm", "codegen_from_empty_cold", "codegen_from_empty_warm")) {
            if (phases.metrics().containsKey(metric)) {
                results.add(SUITE, size, "autogen phase", metric, phases.get(metric), -1);
            }
        }
        if (phases.get("pending_operations_at_head") != 0) {
            results.note("autogen found " + phases.get("pending_operations_at_head") + " operations at head for "
                    + size + " entities");
        }

        Measurement boot = child("dev.autogen.bench.child.HibernateBoot",
                List.of(classes.toString(), EntityModelGenerator.PACKAGE));
        require(boot, 0, "Hibernate boot");
        results.add(SUITE, size, "hibernate phase", "metadata_boot (offline)", boot.get("metadata_boot"), -1);

        Measurement validation = child("dev.autogen.bench.child.HibernateValidation",
                List.of(classes.toString(), EntityModelGenerator.PACKAGE, headUrl));
        require(validation, 0, "Hibernate validation");
        results.add(SUITE, size, "hibernate validate", "validation (at head, wall)", validation.wallMs(), validation.peakKb());
        Measurement validationC1 = jvm.run(List.of(C1_ONLY), config.benchClasspath(),
                "dev.autogen.bench.child.HibernateValidation", List.of(classes.toString(), EntityModelGenerator.PACKAGE,
                        headUrl), config.work(), Map.of(), config.timeoutSeconds());
        require(validationC1, 0, "Hibernate validation with " + C1_ONLY);
        results.add(SUITE, size, "hibernate validate", "validation (at head, " + C1_ONLY + ", wall)",
                validationC1.wallMs(), validationC1.peakKb());
        for (String metric : List.of("metadata_boot", "session_factory", "validate_mapped_objects")) {
            results.add(SUITE, size, "hibernate validate", metric, validation.get(metric), -1);
        }

        for (String target : List.of("at head", "from empty")) {
            String url = target.equals("at head") ? headUrl : emptyUrl;
            Measurement update = child("dev.autogen.bench.child.HibernateUpdateScript", List.of(classes.toString(),
                    EntityModelGenerator.PACKAGE, url, config.work().resolve("update-" + size + ".sql").toString()));
            require(update, 0, "Hibernate schema migrator");
            results.add(SUITE, size, "hibernate migrator", "update script (" + target + ", wall)", update.wallMs(),
                    update.peakKb());
            results.add(SUITE, size, "hibernate migrator", "schema_migrator (" + target + ")",
                    update.get("schema_migrator"), -1);
        }

        if (config.liquibaseClasspath() != null) {
            for (String target : List.of("at head", "from empty")) {
                liquibase(size, classes, resources, target.equals("at head") ? headUrl : emptyUrl, target);
            }
        }
    }

    private void liquibase(int size, Path classes, Path resources, String url, String target) throws Exception {
        if (config.skipped("liquibase:" + size + ":" + target)) {
            return;
        }
        Path changelog = config.work().resolve("liquibase-" + size + ".xml");
        Files.deleteIfExists(changelog);
        Measurement run = jvm.run(ChildJvm.classpath(config.liquibaseClasspath(), classes, resources),
                "dev.autogen.bench.liquibase.LiquibaseDiff", List.of(url, changelog.toString()), config.work(), Map.of(),
                config.liquibaseTimeoutSeconds());
        if (run.timedOut()) {
            results.note("Liquibase diffChangeLog (" + target + ") for " + size + " entities did not finish within "
                    + config.liquibaseTimeoutSeconds() + " s; later repetitions of it are skipped");
            config.skip("liquibase:" + size + ":" + target);
            results.add(SUITE, size, "liquibase", "diffChangeLog (" + target + ", wall, TIMED OUT)", run.wallMs(),
                    run.peakKb());
            return;
        }
        require(run, 0, "Liquibase diffChangeLog");
        results.add(SUITE, size, "liquibase", "diffChangeLog (" + target + ", wall)", run.wallMs(), run.peakKb());
        results.add(SUITE, size, "liquibase", "diff_changelog (" + target + ")", run.get("diff_changelog"), -1);
    }

    private Measurement cli(Path project, String url, String... args) throws Exception {
        return jvm.runJar(config.cliJar(), List.of(args), project, Map.of("AUTOGEN_URL", url, "AUTOGEN_DRIFT", "never"),
                config.timeoutSeconds());
    }

    private Measurement child(String mainClass, List<String> args) throws Exception {
        return jvm.run(config.benchClasspath(), mainClass, args, config.work(), Map.of(), config.timeoutSeconds());
    }

    static void require(Measurement run, int exit, String what) {
        if (run.exit() != exit) {
            throw new IllegalStateException(what + " exited " + run.exit() + (run.timedOut() ? " (timed out)" : "")
                    + ":\n" + tail(run.output()));
        }
    }

    private static String tail(String text) {
        return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
