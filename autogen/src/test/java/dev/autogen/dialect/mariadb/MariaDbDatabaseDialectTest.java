package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.ColumnChangeForm;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import org.hibernate.dialect.MariaDBDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbDatabaseDialectTest {
    private final DatabaseDialect dialect = DatabaseDialects.named("MariaDB");

    /** A user's own subclass, which must be accepted. */
    public static class CustomMariaDbDialect extends MariaDBDialect {
    }

    @Test
    void registeredAndNamed() {
        assertInstanceOf(MariaDbDatabaseDialect.class, dialect);
        assertEquals("mariadb", dialect.name());
        assertSame(MariaDbNamingRules.INSTANCE, dialect.namingRules());
        assertInstanceOf(MariaDbCatalogReader.class, dialect.catalogReader(List.of(), "h", SecretMask.patternsOnly()));
    }

    @Test
    void acceptsMariaDbUrlsOnly() {
        assertTrue(dialect.accepts("jdbc:mariadb://127.0.0.1:3306/app"));
        assertTrue(dialect.accepts(" JDBC:MARIADB://h/app "));
        assertFalse(dialect.accepts("jdbc:mysql://127.0.0.1:3306/app"), "nothing was tested on MySQL");
        assertFalse(dialect.accepts("jdbc:postgresql://h/app"));
        assertFalse(DatabaseDialects.defaultDialect().accepts("jdbc:mariadb://h/app"));
    }

    @Test
    void hibernateDialects() {
        assertEquals("org.hibernate.dialect.MariaDBDialect", dialect.hibernateDialect());
        assertTrue(dialect.acceptsHibernateDialect("org.hibernate.dialect.MariaDBDialect"));
        assertTrue(dialect.acceptsHibernateDialect(CustomMariaDbDialect.class.getName()));
        assertFalse(dialect.acceptsHibernateDialect("org.hibernate.dialect.PostgreSQLDialect"));
        assertFalse(dialect.acceptsHibernateDialect("org.hibernate.dialect.MySQLDialect"));
        assertEquals("org.hibernate.dialect.MariaDBDialect",
                DatabaseDialects.hibernateSettings(dialect, Map.of()).get(DatabaseDialects.HIBERNATE_DIALECT));
        AutogenException refused = assertThrows(AutogenException.class, () -> DatabaseDialects.hibernateSettings(dialect,
                Map.of(DatabaseDialects.HIBERNATE_DIALECT, "org.hibernate.dialect.PostgreSQLDialect")));
        assertEquals(ErrorCode.CONFIGURATION, refused.code());
    }

    @Test
    void hibernateAssumesTheTestedServerVersionUnlessTold() {
        Map<String, String> chosen = DatabaseDialects.hibernateSettings(dialect, Map.of());
        assertEquals("11", chosen.get("jakarta.persistence.database-minor-version"));
        Map<String, String> told = DatabaseDialects.hibernateSettings(dialect, Map.of(
                DatabaseDialects.HIBERNATE_DIALECT, "org.hibernate.dialect.MariaDBDialect",
                "jakarta.persistence.database-minor-version", "6"));
        assertEquals("6", told.get("jakarta.persistence.database-minor-version"));
        assertEquals("10", told.get("jakarta.persistence.database-major-version"));
        assertTrue(DatabaseDialects.defaultDialect().hibernateDefaults().isEmpty());
    }

    @Test
    void rendersWithTheRuntimeMariaDbDialectAndRestatesWholeColumns() {
        assertInstanceOf(MariaDbDialect.class, dialect.sqlDialect());
        assertEquals("mariadb", dialect.sqlDialect().name());
        assertEquals(ColumnChangeForm.WHOLE_COLUMN, dialect.columnChangeForm());
        assertEquals(ColumnChangeForm.PARTS, DatabaseDialects.defaultDialect().columnChangeForm());
    }
}
