package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ReplaceEnumType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.dialect.PlannedStatement.Execution.OUTSIDE_TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SQL of the enum type operations, and that an added label commits before anything uses it. */
class PostgresEnumStatementsTest {
    private final PostgresDialect dialect = new PostgresDialect();
    private static final EnumTypeDef STATUS = new EnumTypeDef("billing.status", List.of("OPEN", "it's closed"));

    @Test
    void createAndDrop() {
        assertEquals(List.of("CREATE TYPE billing.status AS ENUM ('OPEN', 'it''s closed')"),
                dialect.toSql(new CreateEnumType(STATUS)));
        assertEquals(List.of("DROP TYPE billing.status"), dialect.toSql(new DropEnumType("billing.status", STATUS)));
    }

    @Test
    void withVarcharCastsTheCastsAreCreatedAfterTheTypeAndDroppedBeforeIt() {
        EnumTypeDef cast = STATUS.withVarcharCasts();
        assertEquals(List.of("CREATE TYPE billing.status AS ENUM ('OPEN', 'it''s closed')",
                        "CREATE CAST (varchar AS billing.status) WITH INOUT AS IMPLICIT",
                        "CREATE CAST (billing.status AS varchar) WITH INOUT AS IMPLICIT"),
                dialect.toSql(new CreateEnumType(cast)));
        assertEquals(List.of("DROP CAST IF EXISTS (varchar AS billing.status)",
                        "DROP CAST IF EXISTS (billing.status AS varchar)", "DROP TYPE billing.status"),
                dialect.toSql(new DropEnumType("billing.status", cast)));
        assertEquals(List.of("DROP CAST IF EXISTS (varchar AS status)", "DROP CAST IF EXISTS (status AS varchar)",
                "DROP TYPE status"), dialect.toSql(new DropEnumType("status", null)), "casts that may exist go first");
        assertEquals(List.of("ALTER TYPE status RENAME TO status_old", "CREATE TYPE status AS ENUM ('A')",
                        "CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT",
                        "CREATE CAST (status AS varchar) WITH INOUT AS IMPLICIT",
                        "ALTER TABLE t ALTER COLUMN c TYPE status USING c::text::status",
                        "DROP CAST IF EXISTS (varchar AS status_old)", "DROP CAST IF EXISTS (status_old AS varchar)",
                        "DROP TYPE status_old"),
                dialect.toSql(new ReplaceEnumType(new EnumTypeDef("status", List.of("A", "B")).withVarcharCasts(),
                        new EnumTypeDef("status", List.of("A")).withVarcharCasts(), List.of(new EnumColumn("t", "c")))));
    }

    @Test
    void aColumnDefaultIsDroppedForTheConversionAndSetAgain() {
        assertEquals(List.of("ALTER TYPE status RENAME TO status_old", "CREATE TYPE status AS ENUM ('A')",
                        "ALTER TABLE t ALTER COLUMN c DROP DEFAULT",
                        "ALTER TABLE t ALTER COLUMN c TYPE status USING c::text::status",
                        "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'A'::status", "DROP TYPE status_old"),
                dialect.toSql(new ReplaceEnumType(new EnumTypeDef("status", List.of("A", "B")),
                        new EnumTypeDef("status", List.of("A")), List.of(new EnumColumn("t", "c", "'A'::status")))));
    }

    /**
     * Outside a transaction block, which PostgreSQL before 12 requires and which commits the label before
     * anything uses it; {@code IF NOT EXISTS} so that an interrupted migration can run it again.
     */
    @Test
    void anAddedLabelRunsOutsideATransactionSoThatTheMigrationCanUseIt() {
        assertEquals(List.of(new PlannedStatement("ALTER TYPE status ADD VALUE IF NOT EXISTS 'ARCHIVED'", OUTSIDE_TRANSACTION)),
                dialect.plan(new AddEnumValue("status", "ARCHIVED", null, null, null, List.of())));
        assertEquals(List.of(new PlannedStatement("ALTER TYPE status ADD VALUE IF NOT EXISTS 'ARCHIVED' BEFORE 'OPEN'",
                        OUTSIDE_TRANSACTION)),
                dialect.plan(new AddEnumValue("status", "ARCHIVED", "OPEN", null, null, List.of())));
        assertEquals(List.of(new PlannedStatement("ALTER TYPE status ADD VALUE IF NOT EXISTS 'ARCHIVED' AFTER 'OPEN'",
                        OUTSIDE_TRANSACTION)),
                dialect.plan(new AddEnumValue("status", "ARCHIVED", null, "OPEN", null, List.of())));
    }

    @Test
    void aReplacementRenamesAsideCreatesConvertsEachColumnAndDropsTheOld() {
        EnumTypeDef shorter = new EnumTypeDef("billing.status", List.of("OPEN"));
        assertEquals(List.of(
                "ALTER TYPE billing.status RENAME TO status_old",
                "CREATE TYPE billing.status AS ENUM ('OPEN')",
                "ALTER TABLE billing.invoice ALTER COLUMN status TYPE billing.status"
                        + " USING status::text::billing.status",
                "ALTER TABLE orders ALTER COLUMN state TYPE billing.status"
                        + " USING state::text::billing.status",
                "DROP TYPE billing.status_old"),
                dialect.toSql(new ReplaceEnumType(STATUS, shorter,
                        List.of(new EnumColumn("billing.invoice", "status"), new EnumColumn("orders", "state")))));
    }

    @Test
    void typeStatementsTakeNoTableLock() {
        for (String sql : List.of("CREATE TYPE status AS ENUM ('A')", "DROP TYPE status",
                "ALTER TYPE status ADD VALUE 'B'", "ALTER TYPE status ADD VALUE IF NOT EXISTS 'B'")) {
            StatementShape shape = PostgresStatementLocks.recognise(SqlTokens.statements(sql).get(0));
            assertEquals(List.of(), shape.locks(), sql);
            assertEquals(TableWork.CATALOG, shape.work(), sql);
        }
    }
}
