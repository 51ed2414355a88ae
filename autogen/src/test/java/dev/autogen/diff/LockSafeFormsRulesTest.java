package dev.autogen.diff;

import dev.autogen.dialect.mariadb.MariaDbComparisonRules;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ValidateConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock-safe forms of a plan are the database's: PostgreSQL's online forms, the plain ones elsewhere. */
class LockSafeFormsRulesTest {
    private static List<Change> plan() {
        return List.of(Change.of(new CreateIndex("todo", index("todo_title_idx", "title"), false)),
                Change.of(new AddForeignKey("todo", foreignKey("todo_owner_fk", "owner_id").references("owner", "id"))),
                Change.of(new AddCheck("todo", check("todo_rank_check", "rank >= 0"))),
                Change.of(new AlterColumnType("todo", "title", "integer", "text", "title::integer", null,
                        column("title", "text"))));
    }

    @Test
    void postgresBuildsOnlineAndNotesTheRewrite() {
        List<Change> safe = ComparisonRules.postgres().lockSafeForms(plan());
        List<MigrationOperation> ops = safe.stream().map(Change::operation).toList();

        assertTrue(((CreateIndex) ops.get(0)).concurrently());
        assertTrue(ops.get(2) instanceof ValidateConstraint, ops::toString);
        assertEquals(6, ops.size(), ops::toString);
        assertTrue(safe.get(5).review().contains("ACCESS EXCLUSIVE"), safe.get(5).review());
    }

    @Test
    void mariaDbKeepsThePlainForms() {
        List<Change> plain = plan();
        List<Change> safe = MariaDbComparisonRules.INSTANCE.lockSafeForms(plain);

        assertEquals(plain, safe);
        assertFalse(((CreateIndex) safe.get(0).operation()).concurrently());
        assertNull(safe.get(3).review());
    }
}
