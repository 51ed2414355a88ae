package dev.autogen.dialect.mariadb;

import dev.autogen.database.CatalogReader;
import dev.autogen.database.DatabaseReader;
import dev.autogen.database.RowCounts;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the tables, columns, keys, checks, indexes, sequences and views of some MariaDB databases (MariaDB's
 * schemas) from {@code information_schema}, with eight queries in all however many tables there are: the
 * session, tables, columns, constraints, checks, indexes, views, and one {@code UNION ALL} over the
 * sequences when there are any ({@link MariaDbCatalogQueries#sequences}). The current database's objects are
 * named without prefix; autogen's history table is left out.
 *
 * <p>What MariaDB spells its own way is read as Hibernate's {@code MariaDBDialect} writes it: types by
 * {@link MariaDbTypes#hibernateSpelling}, defaults by {@link MariaDbExpressions#columnDefault}, checks by
 * {@link MariaDbExpressions#checkClause}; a {@code longtext} column with the {@code json_valid} check MariaDB
 * adds itself is a {@code json} column without that check; the primary key, always {@code PRIMARY}, is read
 * without a name, as the entity model has it, the database's choice; the index MariaDB creates for a foreign key (named
 * after it, on exactly its columns) is not an index of the model; a delete rule {@code RESTRICT}, which
 * MariaDB reports for a key declared without one, is {@link ForeignKeyAction#NO_ACTION}, the same in InnoDB;
 * a generated column, {@code STORED} or {@code VIRTUAL} (the model has no kind for the latter), has its
 * expression without the server's backticks.
 */
public final class MariaDbCatalogReader implements CatalogReader {
    private static final ErrorClassifier ERRORS = new MariaDbDialect().errors();

    private final List<String> schemas;
    private final String historyTable;
    private final SecretMask mask;

    /**
     * A reader of the given databases and the current one, leaving out the history table of the given name;
     * the mask hides the password in the messages of errors.
     */
    public MariaDbCatalogReader(List<String> schemas, String historyTable, SecretMask mask) {
        this.schemas = List.copyOf(schemas);
        this.historyTable = historyTable;
        this.mask = mask;
    }

    /** A reader of the current database only, leaving out the history table of the default name. */
    public static MariaDbCatalogReader currentSchemaOnly() {
        return new MariaDbCatalogReader(List.of(), HistoryTable.DEFAULT_NAME, SecretMask.patternsOnly());
    }

    @Override
    public DatabaseReader.Catalog readCatalog(Connection connection) {
        try {
            Session session = session(connection);
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            List<String[]> sequenceNames = new ArrayList<>();
            query(connection, session, MariaDbCatalogQueries.TABLES, row -> {
                if ("SEQUENCE".equals(row.getString(3))) {
                    sequenceNames.add(new String[] {row.getString(1), row.getString(2)});
                } else if (!session.isHistoryTable(row.getString(1), row.getString(2))) {
                    String name = session.qualify(row.getString(1), row.getString(2));
                    tables.put(name, new TableBuilder(name, emptyToNull(row.getString(4))));
                }
            });
            query(connection, session, MariaDbCatalogQueries.COLUMNS, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.columns.add(column(row));
                }
            });
            query(connection, session, MariaDbCatalogQueries.CONSTRAINTS, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.constraint(row.getString(3), row.getString(4)).add(session, row);
                }
            });
            query(connection, session, MariaDbCatalogQueries.CHECKS, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.checks.add(new CheckDef(row.getString(3), MariaDbExpressions.checkClause(row.getString(4))));
                }
            });
            query(connection, session, MariaDbCatalogQueries.INDEXES, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.index(row.getString(3), row).add(row);
                }
            });
            List<ViewDef> views = new ArrayList<>();
            query(connection, session, MariaDbCatalogQueries.VIEWS, row -> views.add(
                    new ViewDef(session.qualify(row.getString(1), row.getString(2)), row.getString(3))));
            List<SequenceDef> sequences = sequences(connection, session, sequenceNames);
            SchemaModel model = SchemaModel.of(tables.values().stream().map(TableBuilder::build).toList(), sequences)
                    .withSchemas(session.otherSchemas()).withViews(views);
            return new DatabaseReader.Catalog(model, session.current());
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "reading the MariaDB catalog", mask, ERRORS);
        }
    }

    @Override
    public Map<String, Long> rowCounts(Connection connection, Collection<String> tables) throws SQLException {
        return MariaDbRowCounts.of(connection, tables);
    }

    @Override
    public String affectedRows(MigrationOperation operation) {
        return MariaDbAffectedRows.condition(operation);
    }

    @Override
    public Map<String, RowCounts.TableRows> rowsMatching(Connection connection,
                                                         Map<String, ? extends Collection<String>> conditions)
            throws SQLException {
        return MariaDbRowCounts.matching(connection, conditions);
    }

    /**
     * The target as it is: MariaDB stores a view's query rewritten in its own words, and no probe aligns
     * the entity model's views with that spelling yet.
     */
    @Override
    public SchemaModel alignViews(Connection connection, SchemaModel target, SchemaModel current) {
        return target;
    }

    private static ColumnDef column(ResultSet row) throws SQLException {
        String type = MariaDbTypes.hibernateSpelling(row.getString(4));
        ColumnDef column = ColumnDef.of(row.getString(3), type).withNullable("YES".equals(row.getString(5)));
        String extra = row.getString(7) == null ? "" : row.getString(7).toLowerCase(Locale.ROOT);
        if (extra.contains("auto_increment")) {
            column = column.withIdentity(Identity.BY_DEFAULT);
        }
        if ("ALWAYS".equalsIgnoreCase(row.getString(9)) && row.getString(10) != null) {
            column = column.generatedAs(MariaDbExpressions.checkClause(row.getString(10)));
        } else {
            column = column.defaultValue(MariaDbExpressions.columnDefault(row.getString(6)));
        }
        return column.comment(emptyToNull(row.getString(8)));
    }

    private List<SequenceDef> sequences(Connection connection, Session session, List<String[]> names)
            throws SQLException {
        List<SequenceDef> sequences = new ArrayList<>();
        if (names.isEmpty()) {
            return sequences;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(MariaDbCatalogQueries.sequences(names))) {
            while (row.next()) {
                sequences.add(new SequenceDef(session.qualify(row.getString(1), row.getString(2)), row.getLong(3),
                        row.getLong(4)));
            }
        }
        return sequences;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private Session session(Connection connection) throws SQLException {
        String current = null;
        Set<String> existing = new TreeSet<>();
        String sql = MariaDbCatalogQueries.withSchemas(MariaDbCatalogQueries.SESSION, schemas.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, schemas.isEmpty() ? List.of("") : schemas);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    existing.add(row.getString(1));
                    if (row.getBoolean(2)) {
                        current = row.getString(1);
                    }
                }
            }
        }
        if (current == null) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The MariaDB session has no current database, so"
                    + " unqualified tables, the history table among them, would have nowhere to go. Name the database"
                    + " in the URL: jdbc:mariadb://host:3306/DATABASE.");
        }
        String historySchema = PostgresIdentifiers.schemaOf(historyTable);
        return new Session(current, existing, historySchema == null ? current : historySchema,
                PostgresIdentifiers.nameOf(historyTable));
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    private static void query(Connection connection, Session session, String sql, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                MariaDbCatalogQueries.withSchemas(sql, session.existing().size()))) {
            bind(statement, List.copyOf(session.existing()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /**
     * What a catalog read depends on in the session.
     *
     * @param current       the current database, whose objects are named without prefix
     * @param existing      the databases read: the current one and those asked for that exist
     * @param historySchema the database of the history table
     * @param historyName   the history table's name
     */
    private record Session(String current, Set<String> existing, String historySchema, String historyName) {
        Set<String> otherSchemas() {
            Set<String> others = new TreeSet<>(existing);
            others.remove(current);
            return others;
        }

        String qualify(String schema, String name) {
            return PostgresIdentifiers.qualify(schema == null || schema.equals(current) ? null : schema, name);
        }

        boolean isHistoryTable(String schema, String name) {
            return schema.equals(historySchema) && name.equals(historyName);
        }
    }

    /** One key of a table as its rows arrive, a row per column. */
    private static final class KeyBuilder {
        private final String name;
        private final String type;
        private final List<String> columns = new ArrayList<>();
        private final List<String> referencedColumns = new ArrayList<>();
        private String referencedTable;
        private String deleteRule;

        KeyBuilder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        void add(Session session, ResultSet row) throws SQLException {
            columns.add(row.getString(5));
            if (row.getString(7) != null) {
                referencedTable = session.qualify(row.getString(6), row.getString(7));
                referencedColumns.add(row.getString(8));
                deleteRule = row.getString(9);
            }
        }

        ForeignKeyDef foreignKey() {
            return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, deleteAction(deleteRule));
        }

        private static ForeignKeyAction deleteAction(String rule) {
            return switch (rule == null ? "" : rule.toUpperCase(Locale.ROOT)) {
                case "CASCADE" -> ForeignKeyAction.CASCADE;
                case "SET NULL" -> ForeignKeyAction.SET_NULL;
                case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
                default -> ForeignKeyAction.NO_ACTION;
            };
        }
    }

    /** One index of a table as its rows arrive, a row per column. */
    private static final class IndexBuilder {
        private final String name;
        private final boolean unique;
        private final String kind;
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> descending = new ArrayList<>();
        private final List<String> parts = new ArrayList<>();
        private boolean prefixed;

        IndexBuilder(String name, boolean unique, String kind) {
            this.name = name;
            this.unique = unique;
            this.kind = kind;
        }

        void add(ResultSet row) throws SQLException {
            String column = row.getString(5);
            columns.add(column);
            descending.add("D".equals(row.getString(6)));
            String subPart = row.getString(7);
            prefixed |= subPart != null;
            parts.add(MariaDbCatalogQueries.quote(column) + (subPart == null ? "" : "(" + subPart + ")")
                    + ("D".equals(row.getString(6)) ? " DESC" : ""));
        }

        /** Whether the index is the one MariaDB made for a foreign key: named after it, on exactly its columns. */
        boolean backs(ForeignKeyDef key) {
            return !unique && name.equals(key.name()) && columns.equals(key.columns());
        }

        IndexDef build(String table) {
            boolean plain = !prefixed && "BTREE".equalsIgnoreCase(kind);
            if (plain) {
                return new IndexDef(name, columns, unique, descending);
            }
            String prefix = "BTREE".equalsIgnoreCase(kind) ? (unique ? "UNIQUE " : "") : kind.toUpperCase(Locale.ROOT) + " ";
            return new IndexDef(name, columns, unique, descending, "CREATE " + prefix + "INDEX "
                    + MariaDbCatalogQueries.quote(name) + " ON " + MariaDbCatalogQueries.quote(PostgresIdentifiers.nameOf(table))
                    + " (" + String.join(", ", parts) + ")");
        }
    }

    private static final class TableBuilder {
        private final String name;
        private final String comment;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final Map<String, KeyBuilder> keys = new LinkedHashMap<>();
        private final Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
        private final List<CheckDef> checks = new ArrayList<>();

        TableBuilder(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        KeyBuilder constraint(String constraintName, String type) {
            return keys.computeIfAbsent(type + "\0" + constraintName, k -> new KeyBuilder(constraintName, type));
        }

        IndexBuilder index(String indexName, ResultSet row) throws SQLException {
            boolean unique = row.getInt(4) == 0;
            String kind = row.getString(8);
            return indexes.computeIfAbsent(indexName, k -> new IndexBuilder(indexName, unique, kind));
        }

        TableModel build() {
            PrimaryKeyDef primaryKey = null;
            List<UniqueDef> uniques = new ArrayList<>();
            List<ForeignKeyDef> foreignKeys = new ArrayList<>();
            Set<String> constraintIndexes = new TreeSet<>();
            for (KeyBuilder key : keys.values()) {
                switch (key.type) {
                    case "PRIMARY KEY" -> primaryKey = new PrimaryKeyDef(null, key.columns);
                    case "UNIQUE" -> uniques.add(new UniqueDef(key.name, key.columns));
                    case "FOREIGN KEY" -> foreignKeys.add(key.foreignKey());
                    default -> { }
                }
                if (!key.type.equals("FOREIGN KEY")) {
                    constraintIndexes.add(key.name);
                }
            }
            List<IndexDef> plainIndexes = indexes.values().stream()
                    .filter(index -> !constraintIndexes.contains(index.name))
                    .filter(index -> foreignKeys.stream().noneMatch(index::backs))
                    .map(index -> index.build(name)).toList();
            List<ColumnDef> typed = new ArrayList<>();
            List<CheckDef> userChecks = new ArrayList<>(checks);
            for (ColumnDef column : columns) {
                CheckDef json = MariaDbTypes.holdsJson(column.type()) ? checks.stream()
                        .filter(c -> MariaDbExpressions.isJsonValidCheck(column.name(), c.name(), c.expression()))
                        .findFirst().orElse(null) : null;
                if (json != null) {
                    userChecks.remove(json);
                    typed.add(new ColumnDef(column.name(), "json", column.nullable(), column.defaultValue(),
                            column.identity(), column.backfill(), column.comment(), column.generatedAs()));
                } else {
                    typed.add(column);
                }
            }
            return new TableModel(name, typed, primaryKey,
                    uniques.stream().sorted(Comparator.comparing(UniqueDef::name)).toList(),
                    plainIndexes.stream().sorted(Comparator.comparing(IndexDef::name)).toList(),
                    foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList(),
                    userChecks.stream().sorted(Comparator.comparing(CheckDef::name)).toList(), comment);
        }
    }
}
