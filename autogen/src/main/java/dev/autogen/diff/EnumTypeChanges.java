package dev.autogen.diff;

import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.schema.EnumTypeUser;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Plans the native enum types: a type that a table of the target uses is created before its first use
 * ({@link Phase#ENUM_TYPES}); a label added to it is added in place ({@code ADD VALUE ... BEFORE}), and its
 * downgrade rebuilds the type without it, since PostgreSQL cannot drop a label; a label removed or a new
 * order rebuilds the type and converts its columns through text, with a review note; a type that columns of
 * the current schema used and none of the target uses is dropped after them ({@link Phase#DROP_ENUM_TYPES}).
 * A type that no column of the current schema uses, such as a hand-made one, is left alone, and so are
 * types Hibernate exports for tables the target leaves out, and types that objects outside the comparison
 * also use ({@link LeftAloneEnumType}).
 */
final class EnumTypeChanges {
    private final ComparisonRules rules;
    private final SchemaModel target;
    private final SchemaModel currentSchema;
    private final Map<String, TableModel> current;
    private final BiConsumer<Phase, Change> sink;

    private EnumTypeChanges(ComparisonRules rules, SchemaModel target, SchemaModel currentSchema,
                            Map<String, TableModel> current, BiConsumer<Phase, Change> sink) {
        this.rules = rules;
        this.target = target;
        this.currentSchema = currentSchema;
        this.current = current;
        this.sink = sink;
    }

    /**
     * Adds the changes that turn the enum types of {@code current} into those of {@code target} to the sink.
     *
     * A type that objects outside the comparison also use ({@link LeftAloneEnumType#outsideUsers}) is not
     * dropped, and a rebuild of it says in its review note that it does not convert them.
     *
     * @param rules         how the database compares types
     * @param target        the target model
     * @param currentSchema the current schema as compared, with its enum types and their users
     * @param currentTables the tables of the current schema, after the renames of the plan
     * @param sink          takes each change with its phase
     */
    static void compare(ComparisonRules rules, SchemaModel target, SchemaModel currentSchema,
                        Map<String, TableModel> currentTables, BiConsumer<Phase, Change> sink) {
        Map<String, EnumTypeDef> currentTypes = currentSchema.enumTypes();
        EnumTypeChanges changes = new EnumTypeChanges(rules, target, currentSchema, currentTables, sink);
        target.enumTypes().forEach((name, type) -> {
            if (!usedBy(rules, target.tables(), name)) {
                return;
            }
            EnumTypeDef present = currentTypes.get(name);
            if (present == null) {
                sink.accept(Phase.ENUM_TYPES, Change.of(new CreateEnumType(type)));
            } else {
                changes.change(present, type);
            }
        });
        currentTypes.forEach((name, type) -> {
            if (noLongerUsed(rules, target, currentTables, name)
                    && LeftAloneEnumType.outsideUsers(target, currentSchema, name).isEmpty()) {
                sink.accept(Phase.DROP_ENUM_TYPES, Change.of(new DropEnumType(name, type)));
            }
        });
    }

    /** Whether columns of the current tables use the type and none of the target's does: the type would go. */
    static boolean noLongerUsed(ComparisonRules rules, SchemaModel target, Map<String, TableModel> currentTables,
                                String typeName) {
        return usedBy(rules, currentTables, typeName) && !usedBy(rules, target.tables(), typeName);
    }

    /** Whether a column is of the enum type of that name (an array of it is not). */
    private boolean isOfType(ColumnDef column, String typeName) {
        return rules.sameType(column.type(), rules.typeReference(typeName));
    }

    /** Whether a column of the tables is of the type or an array of it. */
    private static boolean usedBy(ComparisonRules rules, Map<String, TableModel> tables, String typeName) {
        String type = rules.canonicalType(rules.typeReference(typeName));
        return tables.values().stream().flatMap(t -> t.columns().stream()).map(c -> rules.canonicalType(c.type()))
                .anyMatch(columnType -> columnType.equals(type) || columnType.equals(type + "[]"));
    }

    private void change(EnumTypeDef present, EnumTypeDef wanted) {
        List<EnumColumn> columns = keptColumns(present.name());
        String unconverted = unconverted(present.name());
        if (present.values().equals(wanted.values())) {
            casts(present, wanted);
        } else if (isSubsequence(present.values(), wanted.values())) {
            addValues(present, wanted, columns, unconverted);
            casts(present, wanted);
        } else {
            sink.accept(Phase.ENUM_TYPES, new Change(new ReplaceEnumType(present, wanted, columns),
                    rebuildReview(Direction.UPGRADE, present, wanted, columns) + unconverted,
                    rebuildReview(Direction.DOWNGRADE, wanted, present, columns) + unconverted));
        }
    }

    /** The labels added one by one, each before the next label that exists, or at the end. */
    private void addValues(EnumTypeDef present, EnumTypeDef wanted, List<EnumColumn> columns, String unconverted) {
        List<String> labels = wanted.values();
        EnumTypeDef before = present;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (before.values().contains(label)) {
                continue;
            }
            String next = null;
            for (int j = i + 1; j < labels.size() && next == null; j++) {
                if (before.values().contains(labels.get(j))) {
                    next = labels.get(j);
                }
            }
            AddEnumValue add = new AddEnumValue(present.name(), label, next, null, before, columns);
            sink.accept(Phase.ENUM_TYPES, new Change(add, null, "the downgrade rebuilds enum type " + present.name() + " without '"
                    + label + "' (PostgreSQL cannot drop a label)" + converting(columns) + "; "
                    + ConstraintReviews.fails(Direction.DOWNGRADE) + " while a row holds '" + label + "'" + unconverted));
            before = add.current();
        }
    }

    /** The implicit casts between {@code varchar} and the type, created or dropped when only they differ. */
    private void casts(EnumTypeDef present, EnumTypeDef wanted) {
        if (present.varcharCasts() == wanted.varcharCasts()) {
            return;
        }
        String type = rules.typeReference(wanted.name());
        for (String cast : List.of("(varchar AS " + type + ")", "(" + type + " AS varchar)")) {
            String create = "CREATE CAST " + cast + " WITH INOUT AS IMPLICIT";
            String drop = "DROP CAST IF EXISTS " + cast;
            sink.accept(Phase.ENUM_TYPES, Change.of(wanted.varcharCasts() ? new ExecuteSql(create, drop)
                    : new ExecuteSql(drop, create)));
        }
    }

    /** The columns of the current schema of the type that the target keeps: they exist when the type changes. */
    private List<EnumColumn> keptColumns(String typeName) {
        List<EnumColumn> columns = new ArrayList<>();
        current.forEach((name, table) -> {
            TableModel kept = target.tables().get(name);
            for (ColumnDef column : table.columns()) {
                if (kept != null && kept.column(column.name()).isPresent() && isOfType(column, typeName)) {
                    columns.add(new EnumColumn(name, column.name(), column.defaultValue()));
                }
            }
        });
        return columns;
    }

    /**
     * The part of a rebuild's review note that names what uses the type and the rebuild does not convert: the
     * objects outside the comparison and arrays of the type in compared tables. The rebuild's last step, dropping
     * the type set aside, fails while they use it, so the whole upgrade rolls back; empty when there are none.
     */
    private String unconverted(String typeName) {
        List<EnumTypeUser> users = new ArrayList<>(LeftAloneEnumType.outsideUsers(target, currentSchema, typeName));
        currentSchema.enumTypeUsers(typeName).stream()
                .filter(user -> user.array() && !users.contains(user)).forEach(users::add);
        if (users.isEmpty()) {
            return "";
        }
        return "; enum type " + typeName + " is also used by " + LeftAloneEnumType.list(users)
                + ", which the rebuild does not convert: it fails and rolls back while they use the type,"
                + " so change or drop them first (by hand, in this migration) or keep the labels";
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String label : whole) {
            if (next < part.size() && part.get(next).equals(label)) {
                next++;
            }
        }
        return next == part.size();
    }

    private static String rebuildReview(Direction direction, EnumTypeDef from, EnumTypeDef to, List<EnumColumn> columns) {
        List<String> removed = from.values().stream().filter(label -> !to.values().contains(label)).toList();
        String what = removed.isEmpty() ? "to order its labels " + to.values()
                : "without " + removed.stream().map(label -> "'" + label + "'").collect(Collectors.joining(", "));
        String rows = removed.isEmpty() ? "" : "; " + ConstraintReviews.fails(direction) + " while a row holds "
                + (removed.size() == 1 ? "it" : "one of them") + ": update or delete those rows first";
        return (direction == Direction.DOWNGRADE ? "the downgrade rebuilds" : "rebuilds") + " enum type " + from.name()
                + " " + what + converting(columns) + rows;
    }

    private static String converting(List<EnumColumn> columns) {
        return columns.isEmpty() ? "" : " and rewrites " + columns.stream().map(c -> c.table() + "." + c.column())
                .collect(Collectors.joining(", ")) + " to convert " + (columns.size() == 1 ? "it" : "them");
    }
}
