package dev.autogen.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A goal given a MariaDB URL works in MariaDB's dialect, with no dialect named anywhere. */
@Tag("mariadb")
class MariaDbGoalsTest {
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String OPTIONS = "?sslMode=disable";

    @TempDir
    Path folder;
    private final String database = "autogen_mp_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createDatabase() throws SQLException {
        execute(SERVER + OPTIONS, "CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute(SERVER + OPTIONS, "DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void upgradeOnAMariaDbUrlAppliesAMariaDbMigrationAndRecordsItsDialect() throws Exception {
        Path migrations = Files.createDirectories(folder.resolve("src/main/java/db/migrations"));
        Files.writeString(migrations.resolve("V20261203_000001_CreateNote.java"), """
                package db.migrations;

                import static dev.autogen.runtime.Ddl.column;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "20261203_000001", message = "create note", dialect = "mariadb")
                public final class V20261203_000001_CreateNote implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("note", column("id", "integer"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("note");
                    }
                }
                """);
        UpgradeMojo upgrade = configure(new UpgradeMojo());
        upgrade.url = SERVER + database + OPTIONS;
        upgrade.user = "root";

        upgrade.execute();

        assertEquals(List.of("20261203_000001 mariadb"),
                query("SELECT CONCAT(revision, ' ', dialect) FROM autogen_history"));
        assertEquals(List.of("note"), query("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = database() AND table_name = 'note'"));
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database + OPTIONS, "root", null);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private <T extends AutogenMojo> T configure(T mojo) {
        Model model = new Model();
        model.setGroupId("it.autogen");
        model.setArtifactId("mariadb");
        model.setVersion("1");
        Build build = new Build();
        build.setOutputDirectory(folder.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File(folder.toFile(), "pom.xml"));
        mojo.project = project;
        mojo.setLog(new SystemStreamLog());
        return mojo;
    }
}
