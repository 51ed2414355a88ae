package dev.autogen.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The {@code autogen.*} settings of a Spring Boot application. */
@ConfigurationProperties(prefix = "autogen")
public class AutogenProperties {
    /** Whether autogen applies the pending migrations at startup. */
    private boolean enabled = true;

    /**
     * The Java package that holds the compiled migration classes. Default: the package of the
     * application class (annotated @SpringBootApplication) followed by ".migrations", such as
     * com.example.library.migrations.
     */
    private String migrationsPackage;

    /** The history table, optionally schema-qualified. */
    private String historyTable = "autogen_history";

    /**
     * How long to wait for another instance's migration lock. A bare number is seconds, as with
     * the command line's --lock-timeout; units such as 2m work too.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration lockTimeout = Duration.ofMinutes(2);

    /**
     * How long each statement of a migration's transaction may wait for a table lock (PostgreSQL's
     * lock_timeout, set for the transaction only) before the transaction is rolled back and retried,
     * so that a migration queued behind a long transaction never stalls the table's users for longer.
     * A bare number is milliseconds; 0 turns the bound off. Default: the runtime's, 500ms.
     */
    private Duration ddlLockTimeout;

    /**
     * How many times a migration's transaction runs again after it ran into the DDL lock timeout,
     * with a pause of about 1 s doubling up to 10 s; then startup fails naming the table and the
     * blocking sessions, with nothing of that migration applied. Default: the runtime's, 5.
     */
    private Integer ddlLockRetries;

    /**
     * The SQL dialect of the database: postgresql or mariadb (aliases such as postgres work too).
     * Default: the one of the DataSource's database, chosen from its JDBC URL or product name.
     */
    private String dialect;

    /** Whether autogen applies the pending migrations at startup. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Turns the startup migration on or off. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The package of the migration classes, or {@code null} for the default. */
    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    /** Sets the package of the migration classes. */
    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    /** The history table. */
    public String getHistoryTable() {
        return historyTable;
    }

    /** Sets the history table. */
    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    /** How long to wait for another instance's migration lock. */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /** Sets how long to wait for another instance's migration lock. */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** The DDL lock timeout, or {@code null} for the runtime's default. */
    public Duration getDdlLockTimeout() {
        return ddlLockTimeout;
    }

    /** Sets the DDL lock timeout. */
    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    /** The number of DDL lock retries, or {@code null} for the runtime's default. */
    public Integer getDdlLockRetries() {
        return ddlLockRetries;
    }

    /** Sets the number of DDL lock retries. */
    public void setDdlLockRetries(Integer ddlLockRetries) {
        this.ddlLockRetries = ddlLockRetries;
    }

    /** The dialect named in the settings, or {@code null} to take it from the DataSource. */
    public String getDialect() {
        return dialect;
    }

    /** Sets the dialect by name. */
    public void setDialect(String dialect) {
        this.dialect = dialect;
    }
}
