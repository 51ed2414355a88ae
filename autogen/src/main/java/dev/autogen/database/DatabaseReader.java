package dev.autogen.database;

import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads schemas, tables, columns, constraints, indexes and sequences of some schemas with six
 * catalog queries in all, however many tables there are.
 */
public final class DatabaseReader {

    private final List<String> schemas;

    /** A reader of the given schemas; {@code public} tables are named without prefix. */
    public DatabaseReader(List<String> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    /** A reader of the {@code public} schema. */
    public static DatabaseReader publicSchema() {
        return new DatabaseReader(List.of(SchemaModel.DEFAULT_SCHEMA));
    }

    /** Reads the schema model. */
    public SchemaModel read(Connection connection) {
        try {
            Array schemaArray = connection.createArrayOf("text", schemas.toArray());
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            query(connection, CatalogQueries.TABLES, schemaArray, row -> {
                String name = SchemaModel.qualify(row.getString(1), row.getString(2));
                tables.put(name, new TableBuilder(name, row.getString(3)));
            });
            query(connection, CatalogQueries.COLUMNS, schemaArray, row -> {
                TableBuilder table = tables.get(SchemaModel.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    table.columns.add(column(row));
                    table.attributes.put(row.getInt(9), row.getString(3));
                }
            });
            query(connection, CatalogQueries.CONSTRAINTS, schemaArray, row -> {
                TableBuilder table = tables.get(SchemaModel.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    addConstraint(table, row, tables);
                }
            });
            query(connection, CatalogQueries.INDEXES, schemaArray, row -> {
                TableBuilder table = tables.get(SchemaModel.qualify(row.getString(1), row.getString(2)));
                if (table != null) {
                    Array named = row.getArray(5);
                    List<String> columns = named != null ? strings(named) : table.names(row.getArray(6));
                    table.indexes.add(new IndexDef(row.getString(3), columns, row.getBoolean(4),
                            descending(row.getArray(7))));
                }
            });
            List<SequenceDef> sequences = new ArrayList<>();
            query(connection, CatalogQueries.SEQUENCES, schemaArray, row -> sequences.add(
                    new SequenceDef(SchemaModel.qualify(row.getString(1), row.getString(2)), row.getLong(3), row.getLong(4))));
            Set<String> existing = new TreeSet<>();
            query(connection, CatalogQueries.SCHEMAS, schemaArray, row -> existing.add(row.getString(1)));
            return SchemaModel.of(tables.values().stream().map(TableBuilder::build).toList(), sequences)
                    .withSchemas(existing);
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "reading the database catalog", SecretMask.patternsOnly());
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
        if (row.getString(6) != null) {
            column = column.defaultValue(row.getString(6));
        }
        if (row.getString(8) != null) {
            column = column.comment(row.getString(8));
        }
        return column;
    }

    private void addConstraint(TableBuilder table, ResultSet row, Map<String, TableBuilder> tables)
            throws SQLException {
        String name = row.getString(3);
        List<String> columns = table.names(row.getArray(5));
        switch (row.getString(4)) {
            case "p" -> table.primaryKey = new PrimaryKeyDef(name, columns);
            case "u" -> table.uniques.add(new UniqueDef(name, columns));
            case "f" -> table.foreignKeys.add(new ForeignKeyDef(name, columns, SchemaModel.qualify(row.getString(6), row.getString(7)),
                    referencedColumns(row, tables), deleteAction(row.getString(9))));
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
    private static List<String> referencedColumns(ResultSet row, Map<String, TableBuilder> tables) throws SQLException {
        Array named = row.getArray(8);
        if (named != null) {
            return strings(named);
        }
        return tables.get(SchemaModel.qualify(row.getString(6), row.getString(7))).names(row.getArray(11));
    }

    private static int parameterCount(String sql) {
        return (int) sql.chars().filter(ch -> ch == '?').count();
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

    private static void query(Connection connection, String sql, Array schemas, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
