package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.load.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A migration names the dialect it was generated for; none means the reference dialect, PostgreSQL. */
class MigrationDialectsTest {
    @Revision(id = "r1")
    static final class Plain implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    @Revision(id = "r2", dialect = "POSTGRES")
    static final class ByAlias implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    @Revision(id = "r3", dialect = "MariaDB")
    static final class Other implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    private static ResolvedMigration resolved(String id) {
        return new ResolvedMigration(id, List.of(), "", "V" + id + ".java", Plain::new);
    }

    @Test
    void anEmptyDialectIsTheReferenceOneAndAnAliasIsItsName() {
        assertEquals("postgresql", MigrationDialects.declared(Plain.class));
        assertEquals("postgresql", MigrationDialects.declared(ByAlias.class));
        assertEquals("mariadb", MigrationDialects.declared(Other.class));
        assertEquals("postgresql", MigrationDialects.declared(Object.class));
    }

    @Test
    void onlyAMigrationOfAnotherDialectIsRefused() {
        PostgresDialect postgres = new PostgresDialect();
        assertDoesNotThrow(() -> MigrationDialects.requireFor(postgres, resolved("r1"), new Plain()));
        assertDoesNotThrow(() -> MigrationDialects.requireFor(postgres, resolved("r2"), new ByAlias()));

        AutogenException error = assertThrows(AutogenException.class,
                () -> MigrationDialects.requireFor(postgres, resolved("r3"), new Other()));

        assertEquals(ErrorCode.DIALECT_MISMATCH, error.code());
        assertTrue(error.getMessage().startsWith("Migration r3 (Vr3.java) was generated for the mariadb dialect, but"
                + " this run migrates with the postgresql dialect"), error.getMessage());
        assertEquals(26, ErrorCode.DIALECT_MISMATCH.exitCode());
    }
}
