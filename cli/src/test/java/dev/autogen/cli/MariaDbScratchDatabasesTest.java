package dev.autogen.cli;

import dev.autogen.runtime.UrlDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded MariaDB of {@code --shadow} on MariaDB starts (here as root too), holds an empty
 * database that takes tables, listens on 127.0.0.1 only, and is gone, with its folder, once closed.
 */
@Tag("mariadb")
class MariaDbScratchDatabasesTest {

    @Test
    void startsGivesAnEmptyDatabaseAndIsGoneAfterClose() throws Exception {
        List<Path> before = shadowFolders();
        String url;
        int port;
        try (Database shadow = MariaDbScratchDatabases.start()) {
            assertTrue(shadow.isShadow());
            url = ((UrlDataSource) shadow.dataSource()).url();
            assertTrue(url.startsWith("jdbc:mariadb://127.0.0.1:") && url.endsWith("/autogen_shadow?sslMode=disable"), url);
            port = URI.create(url.substring("jdbc:".length())).getPort();
            try (Connection connection = DriverManager.getConnection(url, "root", "");
                 Statement statement = connection.createStatement()) {
                try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE()")) {
                    tables.next();
                    assertEquals(0, tables.getInt(1));
                }
                statement.execute("CREATE TABLE t (id int primary key)");
                statement.execute("INSERT INTO t VALUES (1)");
            }
            assertEquals(1, shadowFolders().size() - before.size());
        }
        assertFalse(answers(port), "the embedded MariaDB still answers on port " + port);
        assertEquals(before, shadowFolders());
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> shadowFolders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(path -> path.getFileName().toString().startsWith("autogen-shadow-mariadb-")).sorted().toList();
        }
    }
}
