package dev.autogen.cli.testing;

import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MariaDB, on {@link MariaDbTestDatabase}: a schema is snapshotted through autogen's MariaDB catalog
 * reader, every object on a line of its own and the columns by name, so that column order does not
 * count; the oracle is Hibernate's own {@code MariaDBDialect} export into a fresh database, read the same way.
 */
public final class MariaDbTestDialect implements TestDialect {
    /** The one instance. */
    public static final MariaDbTestDialect INSTANCE = new MariaDbTestDialect();

    private static final DatabaseDialect DIALECT = DatabaseDialects.named("mariadb");
    private static final Map<String, String> SNAPSHOTS = new ConcurrentHashMap<>();
    private static MariaDbTestDatabase scratch;

    private MariaDbTestDialect() {
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public LiveDatabase create() throws SQLException {
        MariaDbTestDatabase database = MariaDbTestDatabase.create();
        return new LiveDatabase() {
            @Override
            public String url() {
                return database.url();
            }

            @Override
            public String user() {
                return database.user();
            }

            @Override
            public Connection connect() throws SQLException {
                return database.connect();
            }

            @Override
            public void execute(String... sql) throws SQLException {
                database.execute(sql);
            }

            @Override
            public List<List<String>> query(String sql) throws SQLException {
                return database.query(sql);
            }

            @Override
            public void close() throws SQLException {
                database.close();
            }
        };
    }

    @Override
    public String snapshot(Connection connection) {
        SchemaModel model = DIALECT.catalogReader(List.of(), HistoryTable.DEFAULT_NAME, SecretMask.patternsOnly())
                .read(connection);
        StringBuilder text = new StringBuilder();
        for (TableModel table : model.tables().values()) {
            String name = table.name();
            line(text, "table", name + (table.comment() == null ? "" : " comment " + table.comment()));
            table.columns().stream().sorted(Comparator.comparing(column -> column.name()))
                    .forEach(column -> line(text, "column", name + " " + column));
            if (table.primaryKey() != null) {
                line(text, "primary key", name + " " + table.primaryKey());
            }
            lines(text, "unique", name, table.uniques());
            lines(text, "index", name, table.indexes());
            lines(text, "foreign key", name, table.foreignKeys());
            lines(text, "check", name, table.checks());
        }
        model.sequences().forEach((name, sequence) -> line(text, "sequence", sequence.toString()));
        model.views().forEach((name, view) -> line(text, "view", view.toString()));
        return text.toString();
    }

    private static void lines(StringBuilder text, String kind, String table, Collection<?> objects) {
        objects.stream().map(Object::toString).sorted().forEach(object -> line(text, kind, table + " " + object));
    }

    private static void line(StringBuilder text, String kind, String object) {
        text.append(kind).append(' ').append(object).append('\n');
    }

    @Override
    public String hibernateSnapshot(String entityPackage) throws SQLException {
        String snapshot = SNAPSHOTS.get(entityPackage);
        if (snapshot == null) {
            snapshot = export(entityPackage);
            SNAPSHOTS.put(entityPackage, snapshot);
        }
        return snapshot;
    }

    /** Hibernate's own export with its MariaDB dialect, as autogen configures it, into the scratch database. */
    private static synchronized String export(String entityPackage) throws SQLException {
        List<String> ddl = HibernateExport.creationCommands(entityPackage,
                DatabaseDialects.hibernateSettings(DIALECT, Map.of()));
        MariaDbTestDatabase database = scratch();
        database.reset();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
            return INSTANCE.snapshot(connection);
        }
    }

    /** One fresh database for all exports, emptied before each and dropped when the JVM exits. */
    private static MariaDbTestDatabase scratch() throws SQLException {
        if (scratch == null) {
            scratch = MariaDbTestDatabase.create();
            MariaDbTestDatabase created = scratch;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    created.close();
                } catch (SQLException e) {
                    System.err.println("could not drop test database " + created.name() + ": " + e.getMessage());
                }
            }));
        }
        return scratch;
    }

    @Override
    public String booleanType() {
        return "bit";
    }

    @Override
    public String entityTable(String entityName) {
        return entityName;
    }

    @Override
    public String falseLiteral() {
        return "0";
    }

    @Override
    public String falseText() {
        return "false";
    }

    @Override
    public String toString() {
        return name();
    }
}
