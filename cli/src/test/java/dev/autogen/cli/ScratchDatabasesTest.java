package dev.autogen.cli;

import dev.autogen.database.CatalogReader;
import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each dialect's scratch databases are found by the dialect; a dialect without any is refused. */
class ScratchDatabasesTest {

    @Test
    void postgresStartsEmbeddedPostgres() {
        assertInstanceOf(PostgresScratchDatabases.class, ScratchDatabases.of(DatabaseDialects.forUrl("jdbc:postgresql://db/app")));
    }

    @Test
    void aDialectWithoutScratchDatabasesIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> ScratchDatabases.of(new Unknown()));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("autogen cannot start a shadow database of unknown yet. Run without --shadow against a database.",
                e.getMessage());
    }

    private static final class Unknown implements DatabaseDialect {
        @Override
        public String name() {
            return "unknown";
        }

        @Override
        public boolean accepts(String jdbcUrl) {
            return false;
        }

        @Override
        public SqlDialect sqlDialect() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String hibernateDialect() {
            return "x.UnknownDialect";
        }

        @Override
        public boolean acceptsHibernateDialect(String hibernateDialectClass) {
            return false;
        }

        @Override
        public CatalogReader catalogReader(List<String> schemas, String historyTable, SecretMask mask) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NamingRules namingRules() {
            return NamingRules.postgres();
        }

        @Override
        public ComparisonRules comparisonRules() {
            return ComparisonRules.postgres();
        }
    }
}
