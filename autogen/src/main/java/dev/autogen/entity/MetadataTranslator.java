package dev.autogen.entity;

import dev.autogen.diff.ComparisonRules;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.CurrentSchema;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Translates Hibernate's boot metadata into the neutral schema model, with PostgreSQL's names. A
 * table or sequence keeps the schema its mapping names, {@code public} included, and one without is
 * unqualified; {@link CurrentSchema#rebase} names them for a session once its current schema is known.
 */
final class MetadataTranslator {

    private final Metadata metadata;
    private final NamingRules naming;
    private final ComparisonRules rules;
    private final Map<Table, String> owners = new HashMap<>();
    private final boolean uniquesNamedByDatabase;

    MetadataTranslator(Metadata metadata) {
        this(metadata, NamingRules.postgres(), ComparisonRules.postgres());
    }

    MetadataTranslator(Metadata metadata, NamingRules naming, ComparisonRules rules) {
        this.metadata = metadata;
        this.naming = naming;
        this.rules = rules;
        this.uniquesNamedByDatabase = metadata.getDatabase().getDialect().getUniqueDelegate()
                instanceof CreateTableUniqueDelegate;
    }

    SchemaModel translate() {
        metadata.getEntityBindings().forEach(entity -> owners.putIfAbsent(entity.getTable(), "entity " + entity.getEntityName()));
        metadata.getCollectionBindings().forEach(collection -> owners.putIfAbsent(collection.getCollectionTable(),
                "collection " + collection.getRole()));
        List<TableModel> tables = new ArrayList<>();
        List<SequenceDef> sequences = new ArrayList<>();
        List<ViewDef> views = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String schema = schemaOf(namespace);
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(schema, table));
                } else if (table.isView()) {
                    views.add(new ViewDef(PostgresIdentifiers.qualify(schema, tableName(table)), table.getViewQuery()));
                }
            }
            for (Sequence sequence : namespace.getSequences()) {
                String sequenceName = naming.storedName(sequence.getName().getSequenceName().getText(), sequence.getName().getSequenceName().isQuoted(),
                        "sequence name " + sequence.getName().getSequenceName());
                sequences.add(new SequenceDef(PostgresIdentifiers.qualify(schema, sequenceName),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
        }
        refuseSharedKeyNames(tables);
        return SchemaModel.of(tables, sequences).withViews(views).withEnumTypes(NamedEnumTypes.of(metadata));
    }

    /**
     * Refuses two tables of one schema whose primary or unique keys get the same name from
     * PostgreSQL once their names are cut to 63 bytes: it would number the later one
     * ({@code _pkey1}) in the order the tables are created, which a migration cannot promise.
     */
    private void refuseSharedKeyNames(List<TableModel> tables) {
        if (!naming.keyNamesSharedBySchema()) {
            return;
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (TableModel table : tables) {
            List<String> keys = new ArrayList<>();
            if (table.primaryKey() != null) {
                keys.add(naming.primaryKeyName(table.name(), table.primaryKey().name()));
            }
            table.uniques().forEach(unique -> keys.add(unique.name()));
            String schema = PostgresIdentifiers.schemaOf(table.name());
            for (String key : keys) {
                String owner = owners.putIfAbsent(schema + "\0" + key, table.name());
                if (owner != null && !owner.equals(table.name())) {
                    throw new AutogenException(ErrorCode.ENTITY_MODEL, "The tables " + owner + " and " + table.name()
                            + " both get a key named " + key + ", because PostgreSQL cuts the names it derives to "
                            + naming.describeMaxLength() + ", and it would number one of them in the order"
                            + " the tables are created. Give one of the tables a shorter name, or name the constraint"
                            + " in the mapping (@UniqueConstraint(name = ...)).");
                }
            }
        }
    }

    private TableModel table(String schema, Table table) {
        String bareName = PostgresIdentifiers.qualify(null, tableName(table));
        String name = PostgresIdentifiers.qualify(schema, tableName(table));
        List<ColumnDef> columns = new ArrayList<>();
        Map<String, UniqueDef> uniques = new LinkedHashMap<>();
        List<String> columnNames = columnNames(table.getColumns());
        List<CheckDef> checks = new ArrayList<>();
        for (Column column : table.getColumns()) {
            String columnName = columnName(column);
            ColumnDefinition definition = column.getSqlType() == null ? null : ColumnDefinition.parse(column.getSqlType());
            columns.add(column(column, columnName, definition, schema, bareName));
            boolean unique = column.isUnique() || definition != null && definition.unique();
            if (unique && !isPrimaryKeyOnly(table, column)) {
                if (column.isUnique() && !uniquesNamedByDatabase) {
                    String ukName = fold(hibernateUniqueName(table, null, List.of(column)), "unique constraint", table);
                    uniques.putIfAbsent(ukName, new UniqueDef(ukName, List.of(columnName)));
                } else {
                    addDerivedUnique(uniques, bareName, columnName, List.of(columnName));
                }
            }
            if (definition != null) {
                definition.checks().forEach(expression -> checks.add(check(bareName, columnNames, columnName, null,
                        expression, checks)));
            }
            List<CheckConstraint> anonymous = column.getCheckConstraints().stream().filter(CheckConstraint::isAnonymous)
                    .toList();
            if (!anonymous.isEmpty()) {
                checks.add(check(bareName, columnNames, columnName, null, anonymousChecks(anonymous), checks));
            }
            for (CheckConstraint check : column.getCheckConstraints()) {
                if (check.isNamed()) {
                    checks.add(check(bareName, columnNames, columnName, fold(check.getName(), "check", table),
                            check.getConstraint(), checks));
                }
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> keyColumns = columnNames(key.getColumns());
            boolean declaredOnColumn = uniques.values().stream().anyMatch(u -> u.columns().equals(keyColumns));
            if (!keyColumns.isEmpty() && !declaredOnColumn && !table.isRedundantUniqueKey(key)) {
                if (key.isNameExplicit() || !uniquesNamedByDatabase) {
                    String ukName = fold(key.isNameExplicit() ? key.getName()
                            : hibernateUniqueName(table, key.getName(), key.getColumns()), "unique constraint", table);
                    uniques.putIfAbsent(ukName, new UniqueDef(ukName, keyColumns));
                } else {
                    addDerivedUnique(uniques, bareName, String.join("_", keyColumns), keyColumns);
                }
            }
        }
        for (CheckConstraint check : table.getChecks()) {
            checks.add(check(bareName, columnNames, null, check.isNamed() ? fold(check.getName(), "check", table) : null,
                    check.getConstraint(), checks));
        }
        PrimaryKeyDef primaryKey = table.hasPrimaryKey() && !table.getPrimaryKey().getColumns().isEmpty()
                ? new PrimaryKeyDef(null, columnNames(table.getPrimaryKey().getColumns())) : null;
        return new TableModel(name, columns, primaryKey, sortedUniques(uniques), indexes(table), foreignKeys(table),
                checks.stream().sorted(Comparator.comparing(CheckDef::name)).toList(), emptyToNull(table.getComment()));
    }

    /**
     * Adds a unique constraint under the name PostgreSQL gives an unnamed one: {@code <table>_<columns>_key},
     * or, when an earlier one of the table took that name after both were cut to 63 bytes,
     * {@code _key1}, {@code _key2} and so on, as its {@code ChooseConstraintName} does.
     */
    private void addDerivedUnique(Map<String, UniqueDef> uniques, String table, String columnPart,
                                         List<String> columns) {
        if (uniques.values().stream().anyMatch(u -> u.columns().equals(columns))) {
            return;
        }
        String name = naming.defaultConstraintName(table, columnPart, "key");
        for (int pass = 1; uniques.containsKey(name); pass++) {
            name = naming.defaultConstraintName(table, columnPart, "key" + pass);
        }
        uniques.put(name, new UniqueDef(name, columns));
    }

    /** PostgreSQL stores no comment for an empty one. */
    private static String emptyToNull(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }

    private ColumnDef column(Column column, String name, ColumnDefinition definition, String schema, String table) {
        String type = definition != null ? definition.type() : column.getSqlType(metadata);
        boolean nullable = column.isNullable() && (definition == null || !definition.notNull());
        ColumnDef def = ColumnDef.of(name, type).withNullable(nullable);
        if (column.getDefaultValue() != null) {
            def = def.defaultValue(column.getDefaultValue());
        } else if (definition != null && definition.serial()) {
            String sequence = PostgresIdentifiers.qualify(schema, naming.defaultConstraintName(table, name, "seq"));
            def = def.defaultValue(CurrentSchema.nextval(sequence));
        } else if (definition != null && definition.defaultValue() != null) {
            def = def.defaultValue(definition.defaultValue());
        }
        if (column.isIdentity()) {
            def = def.withIdentity(Identity.BY_DEFAULT);
        }
        if (column.getGeneratedAs() != null) {
            def = def.generatedAs(column.getGeneratedAs());
        } else if (definition != null && definition.generatedAs() != null) {
            def = def.generatedAs(definition.generatedAs());
        }
        if (column.getComment() != null) {
            def = def.comment(column.getComment());
        }
        return def;
    }

    private static boolean isPrimaryKeyOnly(Table table, Column column) {
        return table.hasPrimaryKey() && table.getPrimaryKey().getColumns().size() == 1
                && table.getPrimaryKey().getColumns().get(0).equals(column);
    }

    /**
     * The one check that Hibernate's export makes of a column's unnamed checks, such as an enum's
     * values and Bean Validation's {@code @Min} and {@code @Max}: each in parentheses, joined by
     * {@code and}; a single one as it is.
     */
    private static String anonymousChecks(List<CheckConstraint> anonymous) {
        if (anonymous.size() == 1) {
            return anonymous.get(0).getConstraint();
        }
        return String.join(" and ", anonymous.stream().map(CheckConstraint::getConstraintInParens).toList());
    }

    /**
     * A check named as the database names an unnamed one, declared on the given column or, when it is
     * {@code null}, on the table: for PostgreSQL after the one column it refers to, if just one.
     */
    private CheckDef check(String table, List<String> columns, String declaringColumn, String explicitName,
                           String expression, List<CheckDef> existing) {
        if (explicitName != null) {
            return new CheckDef(explicitName, expression);
        }
        List<String> referenced = rules.referencedColumns(expression, columns);
        String column = referenced.size() == 1 ? referenced.get(0) : null;
        String name = checkName(table, declaringColumn, column, "check");
        for (int pass = 1; nameTaken(existing, name); pass++) {
            name = checkName(table, declaringColumn, column, "check" + pass);
        }
        return new CheckDef(name, expression);
    }

    private String checkName(String table, String declaringColumn, String referencedColumn, String label) {
        return declaringColumn == null ? naming.tableCheckName(table, referencedColumn, label)
                : naming.columnCheckName(table, declaringColumn, referencedColumn, label);
    }

    /**
     * The name Hibernate's export gives a unique key it adds by {@code alter table}: the key's own name, or
     * for one without, {@code UK} and a hash of the table's and columns' names.
     */
    private String hibernateUniqueName(Table table, String keyName, List<Column> columns) {
        if (keyName != null) {
            return keyName;
        }
        List<Identifier> names = columns.stream().map(c -> c.getNameIdentifier(metadata.getDatabase())).toList();
        return NamingHelper.INSTANCE.generateHashedConstraintName("UK", table.getNameIdentifier(), names);
    }

    private static boolean nameTaken(List<CheckDef> checks, String name) {
        return checks.stream().anyMatch(c -> c.name().equals(name));
    }

    private List<IndexDef> indexes(Table table) {
        List<IndexDef> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            Map<Column, String> orders = index.getColumnOrderMap();
            List<Boolean> descending = index.getColumns().stream()
                    .map(column -> "desc".equalsIgnoreCase(orders.get(column))).toList();
            String name = naming.storedName(index.getName(), false, "index name " + index.getName() + " on " + describe(table));
            indexes.add(new IndexDef(name, columnNames(index.getColumns()),
                    index.isUnique(), descending));
        }
        indexes.sort(Comparator.comparing(IndexDef::name));
        return indexes;
    }

    private List<ForeignKeyDef> foreignKeys(Table table) {
        List<ForeignKeyDef> keys = new ArrayList<>();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint() || key.getReferencedTable() == null) {
                continue;
            }
            Table target = key.getReferencedTable();
            List<Column> referenced = key.isReferenceToPrimaryKey() ? target.getPrimaryKey().getColumns()
                    : key.getReferencedColumns();
            String targetName = PostgresIdentifiers.qualify(schemaOf(target), tableName(target));
            keys.add(new ForeignKeyDef(fold(key.getName(), "foreign key", table), columnNames(key.getColumns()), targetName,
                    columnNames(referenced), action(key.getOnDeleteAction())));
        }
        keys.sort(Comparator.comparing(ForeignKeyDef::name));
        return keys;
    }

    private static ForeignKeyAction action(OnDeleteAction action) {
        if (action == null) {
            return ForeignKeyAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ForeignKeyAction.CASCADE;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private static List<UniqueDef> sortedUniques(Map<String, UniqueDef> uniques) {
        return uniques.values().stream().sorted(Comparator.comparing(UniqueDef::name)).toList();
    }

    private List<String> columnNames(Collection<Column> columns) {
        return columns.stream().map(this::columnName).toList();
    }

    private String columnName(Column column) {
        Table table = column.getValue() == null ? null : column.getValue().getTable();
        return naming.storedName(column.getName(), column.isQuoted(), "column name " + column.getName()
                + (table == null ? "" : " of " + describe(table)));
    }

    private String tableName(Table table) {
        return naming.storedName(table.getNameIdentifier().getText(), table.getNameIdentifier().isQuoted(), "table name " + table.getNameIdentifier() + " of "
                + owners.getOrDefault(table, "the mapping"));
    }

    private String describe(Table table) {
        return "table " + table.getName() + " (" + owners.getOrDefault(table, "the mapping") + ")";
    }

    private String fold(String name, String kind, Table table) {
        return naming.storedNameOfText(name, kind + " name " + name + " on " + describe(table));
    }

    /**
     * The part of a name that qualifies a table as the model's schema: the schema where Hibernate's dialect
     * writes schemas, else the catalog where it writes only catalogs (MariaDB's databases), else none.
     */
    private Identifier qualifier(Identifier catalog, Identifier schema) {
        NameQualifierSupport support = metadata.getDatabase().getDialect().getNameQualifierSupport();
        if (support == null || support.supportsSchemas()) {
            return schema;
        }
        return support.supportsCatalogs() ? catalog : null;
    }

    private String schemaOf(Namespace namespace) {
        Identifier schema = qualifier(namespace.getPhysicalName().catalog(), namespace.getPhysicalName().schema());
        return schema == null ? null : naming.storedName(schema.getText(), schema.isQuoted(), "schema name " + schema);
    }

    private String schemaOf(Table table) {
        Identifier schema = qualifier(table.getCatalogIdentifier(), table.getSchemaIdentifier());
        return schema == null ? null : naming.storedName(schema.getText(), schema.isQuoted(), "schema name " + schema);
    }
}
