package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime's own command line applies compiled migrations without Hibernate or a compiler. */
class DeployMainTest {
    private static final String PACKAGE = "dev.autogen.runtime.it.chain";

    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void upgradeCurrentHistoryAndDowngradeOverCompiledMigrations() throws Exception {
        Output upgrade = run("upgrade");
        assertEquals(0, upgrade.code, upgrade.toString());
        assertTrue(upgrade.out.contains("Upgraded " + db.url() + ": 3 revisions"), upgrade.toString());
        assertTrue(run("current").out.contains("(head)"));
        Output history = run("history");
        assertEquals(3, history.out.lines().filter(line -> line.contains("[applied]")).count(), history.toString());
        assertEquals(0, run("downgrade", "-1").code);
        Output afterDowngrade = run("current");
        assertEquals(0, afterDowngrade.code, afterDowngrade.toString());
        assertTrue(afterDowngrade.out.contains("20240101_000002"), afterDowngrade.toString());
        assertFalse(afterDowngrade.out.contains("(head)"), afterDowngrade.toString());
        assertTrue(run("upgrade", "--sql").out.contains("BEGIN;"));
        assertTrue(run("heads").out.contains("20240101_000003"), run("heads").toString());
        assertTrue(run("show", "20240101_000001").out.contains("create table todo_list"), run("show", "20240101_000001").toString());
        assertTrue(run("show", "head").out.contains("Revision: 20240101_000003"), run("show", "head").toString());
    }

    @Test
    void settingsComeFromTheEnvironmentAndTheProperties() throws Exception {
        Files.writeString(dir.resolve(Settings.FILE_NAME), "migrations-package=" + PACKAGE + "\nuser=postgres\n");
        Output result = execute(Map.of("AUTOGEN_URL", db.url()), "upgrade");
        assertEquals(0, result.code, result.toString());
    }

    @Test
    void ddlLockSettingsComeFromOptionsAndPropertiesAndAreCheckedAsUsage() throws Exception {
        assertEquals(0, run("upgrade", "--ddl-lock-timeout", "2s", "--ddl-lock-retries", "0").code);

        Output noUnit = run("downgrade", "-1", "--ddl-lock-timeout", "500");
        assertEquals(2, noUnit.code, noUnit.toString());
        assertTrue(noUnit.err.contains("'500' needs a unit: 500ms or 500s"), noUnit.toString());
        Output tooMany = run("downgrade", "-1", "--ddl-lock-retries", "1001");
        assertEquals(2, tooMany.code, tooMany.toString());
        assertTrue(tooMany.err.contains("from 0 to 1000"), tooMany.toString());

        Files.writeString(dir.resolve(Settings.FILE_NAME), "ddl-lock-timeout=soon\n");
        Output fromFile = run("downgrade", "-1");
        assertEquals(2, fromFile.code, fromFile.toString());
        assertTrue(fromFile.err.contains("--ddl-lock-timeout"), fromFile.toString());
        assertTrue(fromFile.err.contains("such as 500ms, 2s or 1min"), fromFile.toString());
    }

    @Test
    void withoutAUrlItSaysWhatToSet() {
        Output result = execute(Map.of(), "upgrade", "--migrations-package", PACKAGE);
        assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.code, result.toString());
        assertTrue(result.err.startsWith("error: No database configured. Set --url"), result.toString());
    }

    @Test
    void aMySqlUrlIsNamedAsUnsupportedAndThePasswordInItIsWarnedAboutAndMasked() {
        Output result = execute(Map.of(), "upgrade", "--migrations-package", PACKAGE,
                "--url", "jdbc:mysql://127.0.0.1:3306/app?password=s3cret");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.code, result.toString());
        assertTrue(result.err.contains("autogen supports PostgreSQL and MariaDB, not MySQL"), result.toString());
        assertTrue(result.err.startsWith("warning: the URL in --url carries a password"), result.toString());
        assertTrue(result.err.contains("AUTOGEN_PASSWORD"), result.toString());
        assertFalse(result.err.contains("s3cret"), result.toString());
    }

    @Test
    void offlineSqlTakesItsDialectFromAUrlOnlyWhenItIsAPostgresJdbcUrl() {
        Output libpq = execute(Map.of(), "upgrade", "--sql", "base:head", "--migrations-package", PACKAGE,
                "--url", "postgresql://db.example/app");
        Output wrapped = execute(Map.of(), "upgrade", "--sql", "base:head", "--migrations-package", PACKAGE,
                "--url", "jdbc:p6spy:postgresql://db.example/app");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), libpq.code, libpq.toString());
        assertTrue(libpq.err.contains("libpq connection URI") && libpq.err.contains("jdbc:postgresql://db.example/app"),
                libpq.toString());
        assertEquals(0, wrapped.code, wrapped.toString());
        assertTrue(wrapped.out.contains("BEGIN;"), wrapped.toString());
    }

    @Test
    void aPasswordInAutogenUrlIsWarnedAboutOnceButNotOneInThePropertiesFile() throws Exception {
        String url = db.url() + "?password=s3cret";
        Output fromEnvironment = execute(Map.of("AUTOGEN_URL", url), "current", "--migrations-package", PACKAGE,
                "--user", TestDatabase.USER);
        Files.writeString(dir.resolve(Settings.FILE_NAME), "url=" + url + "\n");
        Output fromFile = execute(Map.of(), "current", "--migrations-package", PACKAGE, "--user", TestDatabase.USER);

        assertEquals(0, fromEnvironment.code, fromEnvironment.toString());
        assertEquals(1, fromEnvironment.err.lines().filter(line -> line.startsWith("warning:")).count(),
                fromEnvironment.toString());
        assertTrue(fromEnvironment.err.contains("the URL in AUTOGEN_URL carries a password"), fromEnvironment.toString());
        assertEquals(0, fromFile.code, fromFile.toString());
        assertEquals("", fromFile.err, fromFile.toString());
    }

    @Test
    void aPasswordTheDriverEchoesIsMaskedInTheVerboseStackTraceToo() {
        Output result = execute(Map.of("AUTOGEN_PASSWORD", "pa55word"), "current", "--verbose",
                "--migrations-package", PACKAGE, "--url", "jdbc:postgresql://127.0.0.1:notaport/app?password=s3cret");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.code, result.toString());
        assertTrue(result.err.contains("No JDBC driver accepts the URL"), result.toString());
        assertTrue(result.err.contains("\tat "), "the stack trace is there: " + result);
        assertTrue(result.err.contains("password=***"), result.toString());
        assertFalse(result.err.contains("s3cret"), result.toString());
    }

    @Test
    void aLockTimeoutThatIsOutOfRangeOrNotANumberIsAUsageErrorNamingTheOption() throws Exception {
        for (String value : new String[] {"-5", "0", "soon", "2147484", "99999999999999999999"}) {
            Output result = execute(Map.of(), "upgrade", "--migrations-package", PACKAGE, "--url", db.url(),
                    "--lock-timeout", value);
            assertEquals(2, result.code, result.toString());
            assertTrue(result.err.contains("--lock-timeout"), result.toString());
            assertTrue(result.err.contains("'" + value + "'"), result.toString());
        }
        Files.writeString(dir.resolve(Settings.FILE_NAME), "lock-timeout=-5\n");
        Output fromFile = execute(Map.of(), "upgrade", "--migrations-package", PACKAGE, "--url", db.url());
        assertEquals(2, fromFile.code, fromFile.toString());
        assertTrue(fromFile.err.contains("--lock-timeout"), fromFile.toString());
    }

    @Test
    void lintOverCompiledMigrationsAnalysesThemAndSaysTheSourceIsNeededForNotes() throws Exception {
        Output clean = run("lint");
        assertEquals(0, clean.code, clean.toString());
        assertTrue(clean.out.contains("add column todo.done boolean not null (existing rows get false)  ACCESS EXCLUSIVE"),
                clean.toString());

        db.execute("CREATE TABLE todo (id integer, title text)", "INSERT INTO todo SELECT g, 't' FROM generate_series(1, 10) g",
                "ANALYZE todo");
        StringWriter out = new StringWriter();
        int code = DeployMain.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()), "lint",
                "--url", db.url(), "--user", TestDatabase.USER, "--migrations-package", "dev.autogen.runtime.it.risky");
        assertEquals(ErrorCode.UNREVIEWED_LOCKS.exitCode(), code, out.toString());
        assertTrue(out.toString().contains("SHARE  scans, blocks writes  todo: ~10 rows  RISKY  NO REVIEW NOTE"), out.toString());
        assertTrue(out.toString().contains("Notes not read: its source is not available (known only as a compiled class)"),
                out.toString());
    }

    private Output run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--url", db.url(), "--user", TestDatabase.USER, "--migrations-package", PACKAGE},
                0, all, args.length, 6);
        return execute(Map.of(), all);
    }

    private Output execute(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeployMain.run(dir, environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Output(code, out.toString(), err.toString());
    }

    private record Output(int code, String out, String err) {
    }
}
