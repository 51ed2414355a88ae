package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.JdbcUrls;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.progress.ProgressSink;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** Builds data sources and migrators from the connection options, the same way for every host. */
public final class ConnectionFactory {
    private final ConnectionOptions options;
    private final Settings settings;

    /** A factory over parsed options and the settings they default from. */
    public ConnectionFactory(ConnectionOptions options, Settings settings) {
        this.options = options;
        this.settings = settings;
    }

    /**
     * A connection to the database of {@code --url} for reading statistics, such as row counts for
     * the review output; empty when no URL is configured or the database cannot be reached, so that a
     * command which needs no database still works without one.
     */
    public Optional<Connection> statisticsConnection() {
        if (options.url() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(dataSource().getConnection());
        } catch (SQLException | AutogenException e) {
            return Optional.empty();
        }
    }

    /**
     * A data source for {@code --url}, with the password from the environment variable named by
     * {@code --password-env} or from {@code autogen.properties}. It does not connect: the first
     * use reports a failure to connect.
     */
    public UrlDataSource dataSource() {
        if (options.url() == null) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "No database configured. Set --url (AUTOGEN_URL, or url="
                    + " in " + Settings.FILE_NAME + ") to the JDBC URL of the database to migrate.");
        }
        JdbcUrls.requireSupported(options.url());
        String password = settings.environment(options.passwordEnv());
        if (password == null) {
            password = settings.storedPassword();
        }
        return new UrlDataSource(options.url(), options.user(), password);
    }

    /** {@link #dataSource()}, verified by connecting once, for callers that do not map connection failures. */
    public UrlDataSource connect() {
        UrlDataSource dataSource = dataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw DatabaseErrors.connectionFailed(e, dataSource.url(), dataSource.user(), dataSource.mask(),
                    Dialects.choose(options.dialect(), options.url()).errors());
        }
        return dataSource;
    }

    /** A migrator over the data source and migrations, with the configured table, lock waits and dialect. */
    public Migrator migrator(DataSource dataSource, MigrationSource migrations) {
        return migrator(dataSource, migrations, CommandProgress.current());
    }

    /** As {@link #migrator(DataSource, MigrationSource)}, showing the progress of long work on {@code progress}. */
    public Migrator migrator(DataSource dataSource, MigrationSource migrations, ProgressSink progress) {
        return Migrator.configure()
                .dataSource(dataSource)
                .migrationSource(migrations)
                .dialect(Dialects.choose(options.dialect(), options.url()))
                .historyTable(options.historyTable())
                .lockTimeout(Duration.ofSeconds(options.lockTimeoutSeconds()))
                .ddlLockTimeout(options.ddlLockTimeout())
                .ddlLockRetries(options.ddlLockRetries())
                .progress(progress)
                .load();
    }

    /** A migrator that never connects. */
    public Migrator offlineMigrator(MigrationSource migrations) {
        return migrator(new UrlDataSource("jdbc:offline:", null, null), migrations);
    }

    /** The URL with any password masked, for messages. */
    public String description() {
        return DatabaseErrors.maskUrl(options.url());
    }
}
