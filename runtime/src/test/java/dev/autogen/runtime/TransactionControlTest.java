package dev.autogen.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which hand-written SQL would end the migration's transaction. */
class TransactionControlTest {
    @ParameterizedTest
    @ValueSource(strings = {"COMMIT", "commit;", "  Commit Work ;", "END", "end transaction", "BEGIN", "begin;",
            "START TRANSACTION ISOLATION LEVEL SERIALIZABLE", "ROLLBACK", "rollback work", "ROLLBACK AND CHAIN",
            "COMMIT AND CHAIN", "ABORT", "PREPARE TRANSACTION 'x'", "COMMIT PREPARED 'x'", "ROLLBACK PREPARED 'x'",
            "/* a comment */ COMMIT", "-- a comment\nCOMMIT"})
    void refusesStatementsThatEndOrOpenTheTransaction(String sql) {
        assertTrue(TransactionControl.find(sql).isPresent(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1; COMMIT", "UPDATE t SET a = 1;\nCOMMIT;\nUPDATE t SET b = 2",
            "SELECT ';'; COMMIT", "SELECT $$;$$; COMMIT", "SELECT $x$ ' $x$; COMMIT", "SELECT E'\\';'; COMMIT",
            "SELECT \"a;\" FROM t; COMMIT", "SELECT 1 /* ; /* nested */ ; */; COMMIT", "SELECT 1 -- ;\n; COMMIT",
            "SELECT 'a\\'' ; COMMIT; --'", "SELECT 'C:\\'; COMMIT", "SELECT 1); COMMIT", "SELECT (1; COMMIT"})
    void findsTheStatementAfterOthers(String sql) {
        assertEquals(Optional.of("COMMIT"), TransactionControl.find(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAVEPOINT a", "RELEASE SAVEPOINT a", "RELEASE a", "ROLLBACK TO SAVEPOINT a",
            "ROLLBACK TO a", "ROLLBACK WORK TO a", "ROLLBACK TRANSACTION TO SAVEPOINT a",
            "SELECT 'COMMIT'", "SELECT 1; -- COMMIT", "SELECT 1 /* ; COMMIT */", "UPDATE t SET \"commit\" = 1",
            "DO $$ BEGIN PERFORM 1; END $$", "DO $body$ BEGIN COMMIT; END $body$ LANGUAGE plpgsql",
            "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'BEGIN; SELECT 1; COMMIT'",
            "CREATE FUNCTION f() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END",
            "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END; SELECT 1",
            "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", "SELECT E'it''s \\\\'; SELECT 2",
            "PREPARE q AS SELECT 1", "SELECT $1::text", "SELECT a$b FROM t; END_DATE", "SET TRANSACTION READ ONLY",
            "", ";;"})
    void allowsStatementsThatKeepTheTransaction(String sql) {
        assertEquals(Optional.empty(), TransactionControl.find(sql));
    }

    @Test
    void theStatementShownIsShortAndOnOneLine() {
        String shown = TransactionControl.find("COMMIT\n\n  AND CHAIN; SELECT 1").orElseThrow();

        assertEquals("COMMIT AND CHAIN", shown);
        assertEquals("Commit Work", TransactionControl.find("/* why */ Commit Work ;").orElseThrow());
        assertEquals(80, TransactionControl.find("BEGIN " + "x".repeat(200)).orElseThrow().length());
    }
}
