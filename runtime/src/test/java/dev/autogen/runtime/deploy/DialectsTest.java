package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dialect is chosen from the registered dialects by name, alias or URL; PostgreSQL is the default. */
class DialectsTest {
    @Test
    void aNameOrAliasChoosesItsDialectWhateverItsCase() {
        for (String name : List.of("postgresql", "POSTGRES", "pgsql", " PostgreSQL ")) {
            assertEquals("postgresql", Dialects.choose(name, null).name(), name);
        }
    }

    @Test
    void theUrlChoosesTheDialectWhenNoNameIsGiven() {
        assertInstanceOf(PostgresDialect.class, Dialects.choose(null, "jdbc:postgresql://db/app"));
        assertInstanceOf(PostgresDialect.class, Dialects.choose(null, "jdbc:p6spy:postgresql://db/app"));
        assertInstanceOf(PostgresDialect.class, Dialects.choose(null, null));
        assertInstanceOf(MariaDbDialect.class, Dialects.choose(null, "jdbc:mariadb://db:3306/app"));
    }

    @Test
    void anUnknownNameIsRefusedListingTheSupportedOnes() {
        AutogenException error = assertThrows(AutogenException.class, () -> Dialects.choose("oracle", null));

        assertEquals(ErrorCode.CONFIGURATION, error.code());
        assertTrue(error.getMessage().contains("'oracle'"), error.getMessage());
        assertTrue(error.getMessage().contains("Supported: postgresql (or postgres, pgsql), mariadb."), error.getMessage());
    }

    @Test
    void anUnsupportedUrlIsRefusedAsJdbcUrlsReportsIt() {
        AutogenException error = assertThrows(AutogenException.class, () -> Dialects.choose(null, "jdbc:sqlserver://db"));

        assertEquals(ErrorCode.CONFIGURATION, error.code());
        assertTrue(error.getMessage().contains("is for 'sqlserver'"), error.getMessage());
    }

    @Test
    void aDialectAcceptsItsPrefixesAndTheirWrappedFormsOnly() {
        SqlDialect other = new SqlDialect() {
            @Override
            public List<String> toSql(MigrationOperation operation) {
                return List.of();
            }

            @Override
            public LockAnalysis lockAnalysis() {
                return null;
            }

            @Override
            public String name() {
                return "other";
            }

            @Override
            public List<String> jdbcUrlPrefixes() {
                return List.of("jdbc:other:");
            }
        };

        assertTrue(SqlDialects.accepts(other, "jdbc:other://db/app"));
        assertTrue(SqlDialects.accepts(other, " JDBC:P6SPY:OTHER://db/app"));
        assertFalse(SqlDialects.accepts(other, "jdbc:postgresql://db/app"));
        assertFalse(SqlDialects.accepts(other, "jdbc:a-b:other://db/app"));
        assertFalse(SqlDialects.accepts(other, "jdbc:otherwise://db/app"));
    }

    @Test
    void theReferenceDialectComesFirst() {
        assertEquals("postgresql", SqlDialects.reference().name());
        assertEquals("postgresql", SqlDialects.all().get(0).name());
    }
}
