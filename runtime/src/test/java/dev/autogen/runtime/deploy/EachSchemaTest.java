package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --each-schema} and {@code --each-url}: one command over many schemas or databases, each with its own history and lock. */
@Tag("postgres")
class EachSchemaTest {
    private static final String CHAIN = "dev.autogen.runtime.it.chain";
    private static final String SLOW = "dev.autogen.runtime.it.slow";

    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = TestDatabase.create();
        for (int i = 1; i <= 5; i++) {
            db.execute("CREATE SCHEMA tenant_" + i);
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void aBrokenSchemaFailsAloneAndTheOthersAreUpgradedEachWithItsOwnHistory() throws Exception {
        db.execute("CREATE TABLE tenant_3.todo_list (unrelated text)");

        Output first = run(CHAIN, "upgrade", "--each-schema", "tenant_*");

        assertEquals(ErrorCode.FLEET_FAILED.exitCode(), first.code, first.toString());
        assertEquals(24, first.code);
        for (int i : new int[] {1, 2, 4, 5}) {
            assertTrue(first.out.contains("tenant_" + i + "  base → 20240101_000003, 3 revisions applied"), first.toString());
            assertEquals(List.of("3"), db.column("SELECT count(*) FROM tenant_" + i + ".autogen_history"));
            assertTrue(db.exists("tenant_" + i + ".todo"), "tenant_" + i);
        }
        assertTrue(first.out.lines().anyMatch(line -> line.startsWith("tenant_3  FAILED")), first.toString());
        assertEquals(1, first.out.lines().filter(line -> line.contains("FAILED")).count(), first.toString());
        assertTrue(first.out.contains("Upgraded 4 of 5 schemas; 1 failed"), first.toString());
        assertTrue(first.err.contains("1 schema failed: tenant_3"), first.toString());
        assertFalse(db.exists("public.autogen_history"));
        assertFalse(db.exists("public.todo"));

        db.execute("DROP TABLE tenant_3.todo_list");
        Output second = run(CHAIN, "upgrade", "--each-schema", "tenant_*");

        assertEquals(0, second.code, second.toString());
        assertTrue(second.out.contains("tenant_3  base → 20240101_000003, 3 revisions applied"), second.toString());
        assertTrue(second.out.contains("tenant_1  20240101_000003 → 20240101_000003, 0 revisions applied"), second.toString());
        assertTrue(second.out.contains("Upgraded 5 of 5 schemas"), second.toString());

        Output third = run(CHAIN, "upgrade", "--each-schema", "tenant_*");
        assertEquals(5, third.out.lines().filter(line -> line.contains(", 0 revisions applied")).count(), third.toString());
        for (int i = 1; i <= 5; i++) {
            assertEquals(List.of("3"), db.column("SELECT count(*) FROM tenant_" + i + ".autogen_history"));
        }
    }

    @Test
    void currentAndDowngradeReportEverySchemaAndSeveralPatternsCombine() throws Exception {
        db.execute("CREATE SCHEMA other");
        assertEquals(0, run(CHAIN, "upgrade", "--each-schema", "tenant_1,tenant_2,other").code);
        assertEquals(0, run(CHAIN, "downgrade", "-1", "--each-schema", "tenant_2").code);

        Output current = run(CHAIN, "current", "--each-schema", "tenant_?, oth*");

        assertEquals(0, current.code, current.toString());
        assertTrue(current.out.contains("tenant_1  20240101_000003 (head)"), current.toString());
        assertTrue(current.out.contains("tenant_2  20240101_000002 (behind head)"), current.toString());
        assertTrue(current.out.contains("tenant_3  base (behind head)"), current.toString());
        assertTrue(current.out.contains("other     20240101_000003 (head)"), current.toString());
        assertTrue(current.out.contains("Read 6 of 6 schemas"), current.toString());
        assertFalse(current.out.contains("public"), current.toString());
    }

    @Test
    void aPatternMatchingNothingAndSqlWithEachSchemaAreUsageErrors() {
        Output nothing = run(CHAIN, "upgrade", "--each-schema", "customer_*");
        Output system = run(CHAIN, "current", "--each-schema", "pg_*,information_schema");
        Output sql = run(CHAIN, "upgrade", "--sql", "--each-schema", "tenant_*");

        assertEquals(2, nothing.code, nothing.toString());
        assertTrue(nothing.err.contains("No schema of " + db.url() + " matches --each-schema 'customer_*'"), nothing.toString());
        assertEquals(2, system.code, system.toString());
        assertEquals(2, sql.code, sql.toString());
        assertTrue(sql.err.contains("--sql cannot be combined with --each-schema"), sql.toString());
    }

    @Test
    void concurrentRunsSerializePerSchemaSoEachMigrationIsAppliedOnce() throws Exception {
        CompletableFuture<Output> one = CompletableFuture.supplyAsync(() -> run(CHAIN, "upgrade", "--each-schema", "tenant_*"));
        CompletableFuture<Output> two = CompletableFuture.supplyAsync(() -> run(CHAIN, "upgrade", "--each-schema", "tenant_*", "--parallel", "2"));

        assertEquals(0, one.get().code, one.get().toString());
        assertEquals(0, two.get().code, two.get().toString());
        for (int i = 1; i <= 5; i++) {
            assertEquals(List.of("3"), db.column("SELECT count(*) FROM tenant_" + i + ".autogen_history"));
        }
    }

    @Test
    void parallelRunsNeverOpenMoreConnectionsThanTheBound() throws Exception {
        for (int i = 6; i <= 9; i++) {
            db.execute("CREATE SCHEMA tenant_" + i);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger most = new AtomicInteger();
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                try {
                    most.accumulateAndGet(Integer.parseInt(db.column("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                            + db.name() + "' AND application_name = 'autogen'").get(0)), Math::max);
                    Thread.sleep(20);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        Output result = run(SLOW, "upgrade", "--each-schema", "tenant_*", "--parallel", "3");
        running.set(false);
        watcher.get();

        assertEquals(0, result.code, result.toString());
        assertTrue(most.get() >= 2, "the runs overlapped: " + most.get());
        assertTrue(most.get() <= 3 + 1, "at most 3 tenant connections and the tool's own: " + most.get());
    }

    @Test
    void eachUrlRunsOnEveryListedDatabaseAndReportsABadLine() throws Exception {
        try (TestDatabase second = TestDatabase.create()) {
            Files.writeString(dir.resolve("fleet.txt"), "# the fleet\n" + db.url() + "\n\n" + second.url()
                    + "?password=s3cret\njdbc:mysql://old.example/app\n");

            Output result = run(CHAIN, "upgrade", "--each-url", "fleet.txt");

            assertEquals(24, result.code, result.toString());
            assertTrue(result.out.lines().anyMatch(line -> line.startsWith(db.url() + " ")), result.toString());
            assertEquals(2, result.out.lines().filter(line -> line.contains("base → 20240101_000003, 3 revisions applied")).count(),
                    result.toString());
            assertTrue(result.out.lines().anyMatch(line -> line.matches("jdbc:mysql://old\\.example/app +FAILED \\(0 ms\\): fleet\\.txt line 5: .*")),
                    result.toString());
            assertTrue(result.out.contains("Upgraded 2 of 3 databases; 1 failed"), result.toString());
            assertFalse(result.out.contains("s3cret") || result.err.contains("s3cret"), result.toString());
            assertTrue(second.exists("public.todo"));
            assertTrue(db.exists("public.todo"));
        }
    }

    private Output run(String migrationsPackage, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", TestDatabase.USER, "--migrations-package", migrationsPackage));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeployMain.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Output(code, out.toString(), err.toString());
    }

    private record Output(int code, String out, String err) {
    }
}
