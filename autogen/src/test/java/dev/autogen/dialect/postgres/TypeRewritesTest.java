package dev.autogen.dialect.postgres;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which type changes rewrite the table, judged against PostgreSQL itself: a rewrite gives the table
 * a new file node, a change that only touches the catalog keeps it. The session's time zone is not
 * UTC here: in UTC, PostgreSQL 12 and later also skip the rewrite from {@code timestamp} to
 * {@code timestamptz}, which autogen cannot count on.
 */
@Tag("postgres")
class TypeRewritesTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.perClass().emptiedBeforeEach();

    @ParameterizedTest(name = "{0} -> {1}: rewrites {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "varchar(40)|varchar(255)|-|false",
            "varchar(255)|varchar(40)|-|true",
            "varchar(40)|varchar|-|false",
            "varchar(40)|text|-|false",
            "text|varchar|-|false",
            "text|varchar(255)|-|true",
            "char(1)|char(4)|-|true",
            "char(4)|varchar(4)|-|true",
            "numeric(10,2)|numeric(12,2)|-|false",
            "numeric(12,2)|numeric(10,2)|-|true",
            "numeric(10,2)|numeric(12,4)|-|true",
            "numeric(10,2)|numeric|-|false",
            "numeric|numeric(10,2)|-|true",
            "smallint|integer|-|true",
            "integer|bigint|-|true",
            "bigint|integer|-|true",
            "integer|numeric(12,0)|-|true",
            "real|double precision|-|true",
            "float4|float8|-|true",
            "timestamp(3)|timestamp(6)|-|false",
            "timestamp(6)|timestamp(3)|-|true",
            "timestamp(3)|timestamp|-|false",
            "timestamp(3) with time zone|timestamp(6) with time zone|-|false",
            "timestamp(6)|timestamp(6) with time zone|-|true",
            "time(3)|time(6)|-|false",
            "time(3) with time zone|time(6) with time zone|-|false",
            "date|timestamp(6)|-|true",
            "varchar(36)|uuid|code::uuid|true",
            "varchar(10)|integer|code::integer|true",
            "integer|varchar(255)|-|true",
            "boolean|varchar(5)|-|true",
            "uuid|varchar(36)|-|true",
            "int4|integer|-|false",
    })
    void rewritesExactlyWhenPostgresRewrites(String from, String to, String using, boolean expected) throws Exception {
        DATABASE.execute("CREATE TABLE t (id integer PRIMARY KEY, code " + from + ")",
                "CREATE INDEX t_code ON t (code)", "INSERT INTO t (id) VALUES (1)");
        String before = fileNode();
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'Europe/Paris'");
            statement.execute("ALTER TABLE t ALTER COLUMN code TYPE " + to + (using == null ? "" : " USING " + using));
        }
        boolean rewritten = !before.equals(fileNode());

        assertEquals(expected, rewritten, "PostgreSQL itself");
        assertEquals(expected, TypeRewrites.rewrites(from, to, using), "autogen");
    }

    private static String fileNode() throws Exception {
        List<String> node = DATABASE.column("SELECT pg_relation_filenode('t')::text");
        return node.get(0);
    }
}
