package dev.autogen.cli;

import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.deploy.Settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * How one dialect starts the scratch databases the commands replay migrations into: the throwaway
 * shadow of {@code --shadow} and the drift check's reused one.
 */
interface ScratchDatabases {

    /** The scratch databases of each dialect, by its name. */
    Map<String, ScratchDatabases> BY_DIALECT = Map.of("postgresql", new PostgresScratchDatabases(),
            "mariadb", new MariaDbScratchDatabases());

    /** The scratch databases of a dialect; one without any is refused. */
    static ScratchDatabases of(DatabaseDialect dialect) {
        ScratchDatabases scratch = BY_DIALECT.get(dialect.name());
        if (scratch == null) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "autogen cannot start a shadow database of "
                    + dialect.name() + " yet. Run without --shadow against a database.");
        }
        return scratch;
    }

    /** A throwaway database, deleted on close, that {@code --shadow} replays the migrations into. */
    Database shadow(Settings settings);

    /** The drift check's shadow, kept between runs where the dialect can, else a throwaway one. */
    Database reusedShadow(Settings settings);

    /**
     * The objects of the connection's database that a replay of migrations may create, each with the
     * statement that drops it, listed in an order in which those statements drop them all: what a
     * {@code --shadow-url} database holds on close that it did not hold on open is dropped.
     *
     * @param schemas the schemas the project names besides the current one: where schemas are not inside
     *                the database (MariaDB's databases are the server's), only these are listed
     */
    List<ShadowObject> shadowObjects(Connection connection, List<String> schemas) throws SQLException;

    /**
     * The statements that drop {@code created}, the objects of a shadow database that were not there
     * when it was opened, in their order.
     */
    List<String> dropStatements(List<ShadowObject> created);
}
