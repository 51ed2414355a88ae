package dev.autogen.cli;

import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.history.DatabaseErrors;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shadow database of {@code --shadow-url}: an existing database, of any dialect, that the user
 * keeps for it, used instead of an embedded server. autogen replays every migration into it, so it
 * must be empty: one that holds a table, view or sequence is refused. Closing it drops what the replay
 * created, and only that (see {@link ShadowCleanup}), so that it is empty again for the next run.
 */
final class ShadowUrl {
    /** The object types, as JDBC names them, whose presence makes a database not empty. */
    private static final String[] OBJECT_TYPES = {"TABLE", "VIEW", "SEQUENCE", "MATERIALIZED VIEW",
            "PARTITIONED TABLE", "FOREIGN TABLE"};
    private static final int NAMES_SHOWN = 5;

    private ShadowUrl() {
    }

    /**
     * The database at {@code url} (user and password, when it needs them, in the URL) as a shadow
     * database; closing it drops every object that was not there when it was opened.
     *
     * @param schemas  the schemas the project names besides the current one
     * @param warnings where a cleanup that fails on close is reported
     * @throws AutogenException ({@link ErrorCode#CONFIGURATION}) when it is not empty
     */
    static Database open(String url, List<String> schemas, Consumer<String> warnings) {
        ScratchDatabases dialect = ScratchDatabases.of(DatabaseDialects.forUrl(url));
        UrlDataSource dataSource = new UrlDataSource(url, null, null);
        String shown = dataSource.mask().apply(url);
        Database unchecked = Database.scratch(dataSource, "the shadow database " + shown, null, null);
        List<String> objects;
        List<ShadowObject> before;
        try (Connection connection = unchecked.connect()) {
            objects = objects(connection);
            before = dialect.shadowObjects(connection, schemas);
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "reading what the shadow database " + shown + " holds", dataSource.mask());
        }
        if (!objects.isEmpty()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The shadow database " + shown + " is not empty: it"
                    + " holds " + objects.size() + (objects.size() == 1 ? " object" : " objects") + " ("
                    + String.join(", ", objects.subList(0, Math.min(NAMES_SHOWN, objects.size())))
                    + (objects.size() > NAMES_SHOWN ? ", …" : "") + "). autogen replays every migration into the"
                    + " shadow database, so it must start empty: pass --shadow-url the URL of an empty database,"
                    + " for example one kept for autogen alone, which each run leaves empty.");
        }
        return Database.scratch(dataSource, "the shadow database " + shown,
                new ShadowCleanup(dataSource, dataSource.mask(), shown, dialect, before, schemas, warnings), null);
    }

    /** The tables, views and sequences of the connection's database, each as {@code schema.name}. */
    private static List<String> objects(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> objects = new ArrayList<>();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), null, "%", OBJECT_TYPES)) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                String name = tables.getString("TABLE_NAME");
                objects.add(schema == null ? name : schema + "." + name);
            }
        }
        return objects;
    }
}
