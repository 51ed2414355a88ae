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
}
