package dev.autogen.database;

import dev.autogen.dialect.postgres.PostgresTypes;
import dev.autogen.diff.AffectedRows;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.IndexFeatures;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.EnumTypeUser;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads schemas, tables, columns, constraints, indexes, sequences, enum types and views of some schemas
 * with eight catalog queries in all, however many tables there are. The session's current schema, where
 * unqualified names resolve, is always read, and its objects are named without prefix as the
 * entity model names them; autogen's history table is left out, and only that table.
 */
public final class DatabaseReader implements CatalogReader {

    private final List<String> schemas;
    private final String historyTable;
    private final SecretMask mask;

    /**
     * A reader of the given schemas and the current one, leaving out the history table of the given
     * name; the mask hides the database's password in the messages of errors.
     */
    public DatabaseReader(List<String> schemas, String historyTable, SecretMask mask) {
        this.schemas = List.copyOf(schemas);
        this.historyTable = historyTable;
        this.mask = mask;
    }

    /** A reader of the given schemas and the current one, leaving out the history table of the given name. */
    public DatabaseReader(List<String> schemas, String historyTable) {
        this(schemas, historyTable, SecretMask.patternsOnly());
    }

    /** A reader of the given schemas and the current one, leaving out the history table of the default name. */
    public DatabaseReader(List<String> schemas) {
        this(schemas, HistoryTable.DEFAULT_NAME);
    }

    /** A reader of the session's current schema only, whichever that is ({@code public} by default). */
    public static DatabaseReader currentSchemaOnly() {
        return new DatabaseReader(List.of());
    }

    /**
     * What one read of the catalog found.
     *
     * @param model         the schema model, objects of the current schema named without prefix
     * @param currentSchema the session's current schema, where unqualified names resolve
     */
    public record Catalog(SchemaModel model, String currentSchema) {
    }

    /** PostgreSQL's row counts: {@link RowCounts#of}. */
    @Override
    public Map<String, Long> rowCounts(Connection connection, Collection<String> tables) throws SQLException {
        return RowCounts.of(connection, tables);
    }

    /** {@link AffectedRows#condition}: PostgreSQL's spelling. */
    @Override
    public String affectedRows(MigrationOperation operation) {
        return AffectedRows.condition(operation);
    }

    /** PostgreSQL's row counts by condition: {@link RowCounts#matching}. */
    @Override
    public Map<String, RowCounts.TableRows> rowsMatching(Connection connection,
                                                         Map<String, ? extends Collection<String>> conditions)
            throws SQLException {
        return RowCounts.matching(connection, conditions);
    }

    /** PostgreSQL's view probe: {@link ViewProbe#align}, masking with this reader's mask. */
    @Override
    public SchemaModel alignViews(Connection connection, SchemaModel target, SchemaModel current) {
        return ViewProbe.align(connection, target, current, mask);
    }

    /** Reads the schema model and the session's current schema it is relative to, in one go. */
    @Override
    public Catalog readCatalog(Connection connection) {
        try {
            Session session = session(connection);
            Array schemaArray = connection.createArrayOf("text", session.schemas().toArray());
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            query(connection, session, CatalogQueries.TABLES, schemaArray, row -> {
                String name = session.qualify(row.getString(1), row.getString(2));
                tables.put(name, new TableBuilder(name, row.getString(3)));
            });
            query(connection, session, CatalogQueries.COLUMNS, schemaArray, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.columns.add(column(row));
                    table.attributes.put(row.getInt(9), row.getString(3));
                }
            });
            query(connection, session, CatalogQueries.CONSTRAINTS, schemaArray, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    addConstraint(session, table, row, tables);
                }
            });
            query(connection, session, CatalogQueries.INDEXES, schemaArray, row -> {
                TableBuilder table = tables.get(session.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    Array named = row.getArray(5);
                    List<String> columns = named != null ? strings(named) : table.names(row.getArray(6));
                    table.indexes.add(new IndexDef(row.getString(3), columns, row.getBoolean(4),
                            descending(row.getArray(7)), row.getString(8), features(row)));
                }
            });
            List<SequenceDef> sequences = new ArrayList<>();
            query(connection, session, CatalogQueries.SEQUENCES, schemaArray, row -> sequences.add(
                    new SequenceDef(session.qualify(row.getString(1), row.getString(2)), row.getLong(3), row.getLong(4))));
            List<EnumTypeDef> enumTypes = new ArrayList<>();
            Map<String, List<EnumTypeUser>> enumTypeUsers = new LinkedHashMap<>();
            query(connection, session, CatalogQueries.ENUM_TYPES, schemaArray, row -> {
                EnumTypeDef type = new EnumTypeDef(session.qualify(row.getString(1), row.getString(2)),
                        strings(row.getArray(3)));
                enumTypes.add(row.getBoolean(4) ? type.withVarcharCasts() : type);
                enumTypeUsers.put(type.name(), enumTypeUsers(session, row));
            });
            ViewReader views = new ViewReader(session::qualify);
            query(connection, session, CatalogQueries.VIEWS, schemaArray, views::add);
            return new Catalog(views.addTo(SchemaModel.of(tables.values().stream().map(TableBuilder::build).toList(),
                    sequences).withSchemas(session.otherSchemas()).withEnumTypes(enumTypes).withEnumTypeUsers(enumTypeUsers)),
                    session.current());
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "reading the database catalog", mask);
        }
    }

    private static ColumnDef column(ResultSet row) throws SQLException {
        ColumnDef column = ColumnDef.of(row.getString(3), PostgresTypes.shortForm(row.getString(4)))
                .withNullable(!row.getBoolean(5));
        String identity = row.getString(7);
        if ("d".equals(identity)) {
            column = column.withIdentity(Identity.BY_DEFAULT);
        } else if ("a".equals(identity)) {
            column = column.withIdentity(Identity.ALWAYS);
        }
        if ("s".equals(row.getString(10))) {
            column = column.generatedAs(row.getString(6));
        } else if (row.getString(6) != null) {
            column = column.defaultValue(row.getString(6));
        }
        if (row.getString(8) != null) {
            column = column.comment(row.getString(8));
        }
        return column;
    }

    private static void addConstraint(Session session, TableBuilder table, ResultSet row, Map<String, TableBuilder> tables)
            throws SQLException {
        String name = row.getString(3);
        List<String> columns = table.names(row.getArray(5));
        switch (row.getString(4)) {
            case "p" -> table.primaryKey = new PrimaryKeyDef(name, columns);
            case "u" -> table.uniques.add(new UniqueDef(name, columns));
            case "f" -> table.foreignKeys.add(new ForeignKeyDef(name, columns,
                    session.qualify(row.getString(6), row.getString(7)), referencedColumns(session, row, tables),
                    deleteAction(row.getString(9))));
            case "c" -> table.checks.add(new CheckDef(name, checkExpression(row.getString(10))));
            default -> { }
        }
    }

    private static String checkExpression(String definition) {
        String body = definition.strip().replaceFirst("( NO INHERIT)?( NOT VALID)?$", "");
        if (body.startsWith("CHECK (") && body.endsWith(")")) {
            body = body.substring("CHECK (".length(), body.length() - 1);
        }
        return body;
    }

    private static ForeignKeyAction deleteAction(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    /**
     * The referenced columns of a foreign key: named by the catalog when the referenced table is
     * outside the schemas read, otherwise from that table's columns.
     */
    private static List<String> referencedColumns(Session session, ResultSet row, Map<String, TableBuilder> tables)
            throws SQLException {
        Array named = row.getArray(8);
        if (named != null) {
            return strings(named);
        }
        return tables.get(session.qualify(row.getString(6), row.getString(7))).names(row.getArray(11));
    }

    private static int parameterCount(String sql) {
        return (int) sql.chars().filter(ch -> ch == '?').count();
    }

    /** What the catalog says an index has beyond name, columns and orders: columns 9 to 11 of the index query. */
    private static IndexFeatures features(ResultSet row) throws SQLException {
        Set<IndexFeatures.Kind> kinds = EnumSet.noneOf(IndexFeatures.Kind.class);
        strings(row.getArray(9)).forEach(kind -> kinds.add(IndexFeatures.Kind.valueOf(kind)));
        return kinds.isEmpty() ? IndexFeatures.NONE : new IndexFeatures(kinds, row.getString(10), row.getString(11));
    }

    /** The descending flags of an index's key columns: bit 0 of each {@code pg_index.indoption} entry. */
    private static List<Boolean> descending(Array options) throws SQLException {
        if (options == null) {
            return List.of();
        }
        Object[] values = (Object[]) options.getArray();
        List<Boolean> flags = new ArrayList<>(values.length);
        for (Object value : values) {
            flags.add((((Number) value).intValue() & 1) != 0);
        }
        return flags;
    }

    /** The users of one enum type, from the parallel arrays of its row of {@link CatalogQueries#ENUM_TYPES}. */
    private static List<EnumTypeUser> enumTypeUsers(Session session, ResultSet row) throws SQLException {
        Object[] kinds = elements(row.getArray(5));
        Object[] schemas = elements(row.getArray(6));
        Object[] names = elements(row.getArray(7));
        Object[] columns = elements(row.getArray(8));
        Object[] arrays = elements(row.getArray(9));
        List<EnumTypeUser> users = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            EnumTypeUser.Kind kind = EnumTypeUser.Kind.valueOf((String) kinds[i]);
            String name = schemas[i] == null ? (String) names[i] : session.qualify((String) schemas[i], (String) names[i]);
            users.add(new EnumTypeUser(kind, name, (String) columns[i], Boolean.TRUE.equals(arrays[i])));
        }
        return users;
    }

    /** The elements of an array, nulls kept; none for a null array. */
    private static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            result.add(String.valueOf(value));
        }
        return result;
    }

    /**
     * The session's current schema, the history table and the schemas that exist; fails when
     * unqualified names resolve nowhere, since the tables the migrations create would have no place.
     */
    private Session session(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.SESSION)) {
            statement.setString(1, PostgresIdentifiers.quoteQualified(historyTable));
            statement.setArray(2, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String current = row.getString(1);
                if (current == null) {
                    throw HistoryTable.noCurrentSchema(row.getString(4));
                }
                Set<String> existing = new TreeSet<>(strings(row.getArray(3)));
                return new Session(current, row.getLong(2), existing);
            }
        }
    }

    /**
     * What a catalog read depends on in the session.
     *
     * @param current      the current schema, whose objects are named without prefix
     * @param historyTable the history table's object id, 0 when there is none
     * @param existing     the schemas asked for that exist
     */
    private record Session(String current, long historyTable, Set<String> existing) {
        /** The schemas to read: those that exist and the current one. */
        List<String> schemas() {
            Set<String> all = new TreeSet<>(existing);
            all.add(current);
            return List.copyOf(all);
        }

        Set<String> otherSchemas() {
            Set<String> others = new TreeSet<>(existing);
            others.remove(current);
            return others;
        }

        String qualify(String schema, String name) {
            return PostgresIdentifiers.qualify(schema == null || schema.equals(current) ? null : schema, name);
        }

        String sql(String query) {
            return query.replace(CatalogQueries.HISTORY_TABLE, Long.toString(historyTable));
        }
    }

    private static void query(Connection connection, Session session, String sql, Array schemas, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(session.sql(sql))) {
            for (int i = 1; i <= parameterCount(sql); i++) {
                statement.setArray(i, schemas);
            }
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

    private static final class TableBuilder {
        private final String name;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final Map<Integer, String> attributes = new HashMap<>();
        private final List<UniqueDef> uniques = new ArrayList<>();
        private final List<IndexDef> indexes = new ArrayList<>();
        private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        private final List<CheckDef> checks = new ArrayList<>();
        private final String comment;
        private PrimaryKeyDef primaryKey;

        TableBuilder(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        List<String> names(Array attributeNumbers) throws SQLException {
            if (attributeNumbers == null) {
                return List.of();
            }
            Object[] numbers = (Object[]) attributeNumbers.getArray();
            List<String> result = new ArrayList<>(numbers.length);
            for (Object number : numbers) {
                result.add(attributes.get(((Number) number).intValue()));
            }
            return result;
        }

        TableModel build() {
            return new TableModel(name, columns, primaryKey,
                    uniques.stream().sorted(Comparator.comparing(UniqueDef::name)).toList(),
                    indexes.stream().sorted(Comparator.comparing(IndexDef::name)).toList(),
                    foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList(),
                    checks.stream().sorted(Comparator.comparing(CheckDef::name)).toList(), comment);
        }
    }
}
