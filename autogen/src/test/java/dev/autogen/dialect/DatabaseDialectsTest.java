package dev.autogen.dialect;

import dev.autogen.database.DatabaseReader;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.PostgresDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry picks a dialect from the URL or a name, and the dialect decides Hibernate's dialect. */
class DatabaseDialectsTest {

    @Test
    void allListsEveryDialectTheDefaultFirst() {
        assertEquals(List.of("postgresql", "mariadb"), DatabaseDialects.all().stream().map(DatabaseDialect::name).toList());
        assertSame(DatabaseDialects.defaultDialect(), DatabaseDialects.all().get(0));
    }

    @Test
    void aPostgresUrlGivesPostgres() {
        DatabaseDialect dialect = DatabaseDialects.forUrl("jdbc:postgresql://localhost:5432/app");
        assertEquals("postgresql", dialect.name());
        assertInstanceOf(PostgresDialect.class, dialect.sqlDialect());
        assertInstanceOf(DatabaseReader.class, dialect.catalogReader(List.of(), "autogen_history", SecretMask.patternsOnly()));
        assertSame(NamingRules.postgres(), dialect.namingRules());
        assertEquals(EntityModelReader.DEFAULT_DIALECT, dialect.hibernateDialect());
    }

    @Test
    void aWrappedPostgresUrlGivesPostgres() {
        assertEquals("postgresql", DatabaseDialects.forUrl("jdbc:p6spy:postgresql://db/app").name());
    }

    @Test
    void noUrlGivesTheEmbeddedDefault() {
        assertEquals("postgresql", DatabaseDialects.forUrl(null).name());
        assertEquals("postgresql", DatabaseDialects.choose(null, " ").name());
    }

    @Test
    void aMariaDbUrlGeneratesForMariaDbAndAMySqlUrlIsRefused() {
        assertEquals("mariadb", DatabaseDialects.forUrl("jdbc:mariadb://localhost:3306/app").name());
        AutogenException e = assertThrows(AutogenException.class,
                () -> DatabaseDialects.forUrl("jdbc:mysql://localhost:3306/app"));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
    }

    @Test
    void aNameIsFoundCaseIgnored() {
        assertEquals("postgresql", DatabaseDialects.named("PostgreSQL").name());
        assertEquals("postgresql", DatabaseDialects.named("postgres").name());
    }

    @Test
    void anUnknownNameIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> DatabaseDialects.named("oracle"));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("'oracle' is unknown; autogen knows postgresql"), e.getMessage());
    }

    @Test
    void theDialectChoosesHibernatesDialectWhenNoneIsSet() {
        Map<String, String> settings = DatabaseDialects.hibernateSettings(DatabaseDialects.defaultDialect(),
                Map.of("hibernate.physical_naming_strategy", "x.Naming"));
        assertEquals(Map.of("hibernate.physical_naming_strategy", "x.Naming",
                "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"), settings);
    }

    @Test
    void anExplicitHibernateDialectOfTheSameDatabaseIsKept() {
        Map<String, String> explicit = Map.of("hibernate.dialect", "org.hibernate.community.dialect.PostgreSQL10Dialect");
        assertEquals(explicit, DatabaseDialects.hibernateSettings(DatabaseDialects.defaultDialect(), explicit));
        Map<String, String> custom = Map.of("hibernate.dialect", "com.example.MyPostgresDialect");
        assertEquals(custom, DatabaseDialects.hibernateSettings(DatabaseDialects.defaultDialect(), custom));
    }

    @Test
    void anExplicitHibernateDialectOfAnotherDatabaseIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> DatabaseDialects.hibernateSettings(
                DatabaseDialects.forUrl("jdbc:postgresql://db/app"),
                Map.of("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect")));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("hibernate.dialect is org.hibernate.dialect.MariaDBDialect, but the database is postgresql, whose"
                + " Hibernate dialect is org.hibernate.dialect.PostgreSQLDialect. Leave hibernate.dialect unset, for"
                + " autogen chooses it from the database, or set it to a dialect of postgresql.", e.getMessage());
    }

    @Test
    void aDialectNameThatContradictsTheUrlIsRefused() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> DatabaseDialects.choose("postgresql", "jdbc:mariadb://db/app"));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
    }
}
