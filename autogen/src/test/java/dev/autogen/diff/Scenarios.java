package dev.autogen.diff;

import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.autogen.diff.TableBuilder.from;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.sequence;
import static dev.autogen.runtime.Ddl.unique;
import static dev.autogen.runtime.Ddl.uniqueIndex;

/**
 * Hand-built pairs of schema models, shared by the diff, downgrade and reverse tests: a small
 * to-do schema and variations of it.
 */
final class Scenarios {
    /** A target and a current model, and the renames confirmed each way. */
    record Scenario(String name, SchemaModel target, SchemaModel current, List<String> renames,
                    List<String> reverseRenames) {
        Scenario(String name, SchemaModel target, SchemaModel current) {
            this(name, target, current, List.of(), List.of());
        }

        MigrationPlan plan() {
            return plan(DdlForm.LOCK_SAFE);
        }

        MigrationPlan plan(DdlForm form) {
            return SchemaDiff.compare(target, current, Renames.of(renames), form);
        }

        /** The plan the other way round. */
        MigrationPlan backward(DdlForm form) {
            return SchemaDiff.compare(current, target, Renames.of(reverseRenames), form);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final SequenceDef LIST_SEQ = sequence("list_seq").incrementBy(50);

    static SequenceDef sequenceTodo() {
        return sequence("todo_seq").startWith(100);
    }

    /** {@code list}: id, name (unique). */
    static TableModel list() {
        return table("list")
                .column(column("id", "bigint").notNull())
                .column(column("name", "varchar(120)").notNull())
                .primaryKey(primaryKey("id"))
                .unique(unique("list_name_key", "name"))
                .build();
    }

    /** {@code todo}: id (identity), title (indexed), list_id (FK to list), status (checked). */
    static TableModel todo() {
        return table("todo")
                .column(column("id", "bigint").notNull().generatedByDefaultAsIdentity())
                .column(column("title", "varchar(255)").notNull())
                .column(column("list_id", "bigint").notNull())
                .column(column("status", "varchar(16)"))
                .primaryKey(primaryKey("id"))
                .index(index("idx_todo_title", "title"))
                .foreignKey(foreignKey("fk_todo_list", "list_id").references("list", "id"))
                .check(check("todo_status_check", "status in ('OPEN','DONE')"))
                .build();
    }

    /** {@code parent}: id, code (unique {@code uk_code}), which {@link #childReferencingCode()} references. */
    static TableModel parentWithUniqueCode() {
        return table("parent").column(column("id", "bigint").notNull()).column(column("code", "varchar(8)").notNull())
                .primaryKey(primaryKey("id")).unique(unique("uk_code", "code")).build();
    }

    /** {@code child}: id, code (foreign key {@code fk_child_parent} to {@code parent.code}). */
    static TableModel childReferencingCode() {
        return table("child").column(column("id", "bigint").notNull()).column(column("code", "varchar(8)"))
                .primaryKey(primaryKey("id"))
                .foreignKey(foreignKey("fk_child_parent", "code").references("parent", "code")).build();
    }

    static SchemaModel base() {
        return schema(List.of(list(), todo()), List.of(LIST_SEQ));
    }

    /** The base model with the todo table replaced. */
    static SchemaModel withTodo(TableModel todo) {
        return schema(List.of(list(), todo), List.of(LIST_SEQ));
    }

    static SchemaModel withTodo(TableBuilder todo) {
        return withTodo(todo.build());
    }

    static TableBuilder todoBuilder() {
        return from(todo());
    }

    /** Every scenario, by name. */
    static Map<String, Scenario> all() {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        add(scenarios, "create tables", base(), SchemaModel.empty());
        add(scenarios, "drop tables", SchemaModel.empty(), base());
        add(scenarios, "identical", base(), base());
        add(scenarios, "add nullable column", withTodo(todoBuilder().column(column("due_at", "date"))), base());
        add(scenarios, "add not null boolean", withTodo(todoBuilder().column(column("done", "boolean").notNull())), base());
        add(scenarios, "add not null int", withTodo(todoBuilder().column(column("priority", "int4").notNull())), base());
        add(scenarios, "add not null numeric",
                withTodo(todoBuilder().column(column("estimate", "numeric(10,2)").notNull())), base());
        add(scenarios, "add not null varchar",
                withTodo(todoBuilder().column(column("owner", "varchar(255)").notNull())), base());
        add(scenarios, "add not null checked column", withTodo(todoBuilder()
                .column(column("kind", "varchar(8)").notNull())
                .check(check("todo_kind_check", "kind in ('A','B')"))), base());
        add(scenarios, "add not null foreign key column", withTodo(todoBuilder()
                .column(column("parent_list_id", "bigint").notNull())
                .foreignKey(foreignKey("fk_todo_parent_list", "parent_list_id").references("list", "id"))), base());
        add(scenarios, "add not null column with default",
                withTodo(todoBuilder().column(column("owner", "varchar(255)").notNull().defaultValue("'nobody'"))),
                base());
        add(scenarios, "drop nullable column", withTodo(todoBuilder().withoutColumn("status")
                .withoutCheck("todo_status_check")), base());
        add(scenarios, "drop not null column", withTodo(todoBuilder().withoutColumn("title")
                .withoutIndex("idx_todo_title")), base());
        add(scenarios, "add unique", withTodo(todoBuilder().unique(unique("todo_title_key", "title"))), base());
        add(scenarios, "drop unique", schema(List.of(from(list()).withoutUnique("list_name_key").build(), todo()),
                List.of(LIST_SEQ)), base());
        add(scenarios, "change unique columns", schema(List.of(from(list()).withoutUnique("list_name_key")
                .unique(unique("list_name_key", "name", "id")).build(), todo()), List.of(LIST_SEQ)), base());
        add(scenarios, "add index", withTodo(todoBuilder().index(uniqueIndex("idx_todo_status", "status"))), base());
        add(scenarios, "drop index", withTodo(todoBuilder().withoutIndex("idx_todo_title")), base());
        add(scenarios, "add foreign key on delete cascade", withTodo(todoBuilder().withoutForeignKey("fk_todo_list")
                .foreignKey(foreignKey("fk_todo_list_cascade", "list_id").references("list", "id")
                        .onDelete(ForeignKeyAction.CASCADE))), base());
        add(scenarios, "change foreign key action", withTodo(todoBuilder().withoutForeignKey("fk_todo_list")
                .foreignKey(foreignKey("fk_todo_list", "list_id").references("list", "id")
                        .onDelete(ForeignKeyAction.CASCADE))), base());
        add(scenarios, "drop foreign key", withTodo(todoBuilder().withoutForeignKey("fk_todo_list")), base());
        add(scenarios, "add check", withTodo(todoBuilder().check(check("todo_title_check", "length(title) > 0"))),
                base());
        add(scenarios, "drop check", withTodo(todoBuilder().withoutCheck("todo_status_check")), base());
        add(scenarios, "change enum check values", withTodo(todoBuilder().withoutCheck("todo_status_check")
                .check(check("todo_status_check", "status in ('OPEN','DONE','ARCHIVED')"))), base());
        add(scenarios, "change primary key", withTodo(todoBuilder().primaryKey(primaryKey("id", "list_id"))), base());
        add(scenarios, "add sequence", schema(List.of(list(), todo()),
                List.of(LIST_SEQ, sequenceTodo())), base());
        add(scenarios, "drop sequence", schema(List.of(list(), todo()), List.of()), base());
        add(scenarios, "add table referencing existing", schema(List.of(list(), todo(), table("note")
                .column(column("id", "bigint").notNull())
                .column(column("todo_id", "bigint"))
                .primaryKey(primaryKey("id"))
                .index(index("idx_note_todo", "todo_id"))
                .foreignKey(foreignKey("fk_note_todo", "todo_id").references("todo", "id")
                        .onDelete(ForeignKeyAction.CASCADE))
                .build()), List.of(LIST_SEQ)), base());
        add(scenarios, "replace table", schema(List.of(list(), table("task")
                .column(column("id", "bigint").notNull())
                .column(column("list_id", "bigint").notNull())
                .primaryKey(primaryKey("id"))
                .foreignKey(foreignKey("fk_task_list", "list_id").references("list", "id"))
                .build()), List.of(LIST_SEQ)), base());
        scenarios.put("mixed", mixed());
        addColumnChanges(scenarios);
        addRenames(scenarios);
        add(scenarios, "alter sequence increment", schema(List.of(list(), todo()),
                List.of(sequence("list_seq").incrementBy(1))), base());
        SchemaModel billing = schema(List.of(list(), todo(), table("billing.invoice")
                .column(column("id", "bigint").notNull()).primaryKey(primaryKey("id")).build()),
                List.of(LIST_SEQ, sequence("billing.invoice_seq")));
        add(scenarios, "table in a new schema", billing, base());
        add(scenarios, "last table of a schema dropped", base(), billing);
        addEnumTypes(scenarios);
        ViewScenarios.addTo(scenarios);
        addGeneratedColumns(scenarios);
        return scenarios;
    }

    static final EnumTypeDef MOOD = new EnumTypeDef("mood", List.of("HAPPY", "SAD")).withVarcharCasts();

    /** The base model with a column {@code todo.mood} of the enum type, which has the given labels. */
    static SchemaModel withMood(String... labels) {
        return withTodo(todoBuilder().column(column("mood", "Mood"))).withEnumTypes(List.of(MOOD.withValues(List.of(labels))));
    }

    private static void addEnumTypes(Map<String, Scenario> scenarios) {
        add(scenarios, "enum type created", withMood("HAPPY", "SAD"), base());
        add(scenarios, "enum type dropped", base(), withMood("HAPPY", "SAD"));
        add(scenarios, "enum value added", withMood("CALM", "HAPPY", "SAD", "TIRED"), withMood("HAPPY", "SAD"));
        add(scenarios, "enum value removed", withMood("HAPPY"), withMood("HAPPY", "SAD"));
    }

    /** Stored generated columns added, changed, dropped, and turned into or from ordinary columns. */
    private static void addGeneratedColumns(Map<String, Scenario> scenarios) {
        TableBuilder plain = todoBuilder().column(column("price", "numeric(10,2)")).column(column("qty", "integer"));
        SchemaModel withoutTotal = withTodo(plain);
        SchemaModel generated = withTodo(todoBuilder().column(column("price", "numeric(10,2)"))
                .column(column("qty", "integer")).column(column("total", "numeric(10,2)").generatedAs("price * qty")));
        add(scenarios, "add generated column", generated, withoutTotal);
        add(scenarios, "change generation expression", withTodo(todoBuilder().column(column("price", "numeric(10,2)"))
                .column(column("qty", "bigint")).column(column("total", "numeric(10,2)").generatedAs("price * qty * 2"))),
                generated);
        add(scenarios, "generated column to plain", withTodo(todoBuilder().column(column("price", "numeric(10,2)"))
                .column(column("qty", "integer")).column(column("total", "numeric(10,2)"))), generated);
        add(scenarios, "plain column to generated", generated, withTodo(todoBuilder()
                .column(column("price", "numeric(10,2)")).column(column("qty", "integer"))
                .column(column("total", "numeric(10,2)").defaultValue("0"))));
        add(scenarios, "drop generated column and its source", withTodo(todoBuilder()
                .column(column("price", "numeric(10,2)"))), generated);
        add(scenarios, "indexed generated column changes expression", withTotalAndDependents("price * qty * 2"),
                withTotalAndDependents("price * qty"));
        add(scenarios, "plain column with dependents to generated", withTotalAndDependents("price * qty"),
                withTotalAndDependents(null));
        add(scenarios, "generated column with dependents to plain", withTotalAndDependents(null),
                withTotalAndDependents("price * qty"));
    }

    /**
     * The todo table with a column {@code total}, generated from the given expression or ordinary when it is
     * {@code null}, that an index, a unique constraint and a check involve.
     */
    static SchemaModel withTotalAndDependents(String expression) {
        return withTodo(todoBuilder().column(column("price", "numeric(10,2)")).column(column("qty", "integer"))
                .column(column("total", "numeric(10,2)").generatedAs(expression))
                .index(index("idx_todo_total", "total"))
                .unique(unique("uk_todo_total", "total"))
                .check(check("todo_total_check", "total >= 0")));
    }

    private static void addColumnChanges(Map<String, Scenario> scenarios) {
        add(scenarios, "narrow varchar", withTodo(todoBuilder().withoutColumn("title")
                .column(column("title", "varchar(80)").notNull())), base());
        add(scenarios, "varchar to integer", withTodo(todoBuilder().column(column("rank", "integer"))),
                withTodo(todoBuilder().column(column("rank", "varchar(10)").defaultValue("'1'::character varying"))));
        add(scenarios, "set not null", withTodo(todoBuilder().withoutColumn("status")
                .column(column("status", "varchar(16)").notNull())), base());
        add(scenarios, "drop not null", withTodo(todoBuilder().withoutColumn("list_id")
                .column(column("list_id", "bigint"))), base());
        add(scenarios, "set default", withTodo(todoBuilder().withoutColumn("title")
                .column(column("title", "varchar(255)").notNull().defaultValue("'untitled'"))), base());
        add(scenarios, "add identity", schema(List.of(TableBuilder.from(list()).withoutColumn("id")
                .column(column("id", "bigint").notNull().generatedByDefaultAsIdentity()).build(), todo()),
                List.of(LIST_SEQ)), base());
        add(scenarios, "drop identity", withTodo(todoBuilder().withoutColumn("id")
                .column(column("id", "bigint").notNull())), base());
        add(scenarios, "set comment", withTodo(todoBuilder().withoutColumn("status")
                .column(column("status", "varchar(16)").comment("workflow state"))), base());
        add(scenarios, "set table comment", withTodo(todoBuilder().comment("things to do")), base());
        add(scenarios, "index sort order", withTodo(todoBuilder().withoutIndex("idx_todo_title")
                .index(index("idx_todo_title", "title").descending("title"))), base());
        add(scenarios, "ordinal enum to string", withTodo(todoBuilder().column(column("tier", "varchar(255)"))
                        .check(check("todo_tier_check", "tier in ('LOW','HIGH')"))),
                withTodo(todoBuilder().column(column("tier", "smallint"))
                        .check(check("todo_tier_check", "tier between 0 and 1"))));
    }

    private static void addRenames(Map<String, Scenario> scenarios) {
        TableModel task = table("task")
                .column(column("id", "bigint").notNull().generatedByDefaultAsIdentity())
                .column(column("title", "varchar(255)").notNull())
                .column(column("list_id", "bigint").notNull())
                .column(column("status", "varchar(16)"))
                .primaryKey(primaryKey("id"))
                .index(index("idx_todo_title", "title"))
                .foreignKey(foreignKey("fk_task_list", "list_id").references("list", "id"))
                .check(check("task_status_check", "status in ('OPEN','DONE')"))
                .build();
        scenarios.put("rename table", new Scenario("rename table", schema(List.of(list(), task), List.of(LIST_SEQ)),
                base(), List.of("todo=task"), List.of("task=todo")));
        TableModel headline = table("todo")
                .column(column("id", "bigint").notNull().generatedByDefaultAsIdentity())
                .column(column("headline", "varchar(255)").notNull())
                .column(column("list_id", "bigint").notNull())
                .column(column("status", "varchar(16)"))
                .primaryKey(primaryKey("id"))
                .index(index("idx_todo_headline", "headline"))
                .foreignKey(foreignKey("fk_todo_list", "list_id").references("list", "id"))
                .check(check("todo_status_check", "status in ('OPEN','DONE')"))
                .build();
        scenarios.put("rename column", new Scenario("rename column", withTodo(headline), base(),
                List.of("todo.title=headline"), List.of("todo.headline=title")));
        add(scenarios, "possible column rename", withTodo(headline), base());
        TableModel renamedId = TableBuilder.from(headline).withoutColumn("id")
                .column(column("key", "bigint").notNull().generatedByDefaultAsIdentity()).primaryKey(primaryKey("key"))
                .build();
        scenarios.put("rename identity column", new Scenario("rename identity column", withTodo(renamedId),
                withTodo(headline), List.of("todo.id=key"), List.of("todo.key=id")));
    }

    /** Many changes at once: a table replaced, a column swapped, a key moved, a sequence replaced. */
    private static Scenario mixed() {
        TableModel currentTodo = todo();
        TableModel targetTodo = TableBuilder.from(currentTodo).withoutColumn("status").withoutCheck("todo_status_check")
                .column(column("note_id", "bigint"))
                .withoutForeignKey("fk_todo_list")
                .foreignKey(foreignKey("fk_todo_note", "note_id").references("note", "id")
                        .onDelete(ForeignKeyAction.SET_NULL))
                .build();
        TableModel note = table("note").column(column("id", "bigint").notNull()).primaryKey(primaryKey("id"))
                .column(column("list_id", "bigint"))
                .index(index("idx_note_list", "list_id"))
                .foreignKey(foreignKey("fk_note_list", "list_id").references("list", "id")).build();
        TableModel old = table("old").column(column("id", "bigint").notNull()).primaryKey(primaryKey("id"))
                .column(column("todo_id", "bigint"))
                .foreignKey(foreignKey("fk_old_todo", "todo_id").references("todo", "id")).build();
        SchemaModel target = schema(List.of(list(), note, targetTodo), List.of(sequence("note_seq")));
        SchemaModel current = schema(List.of(list(), old, currentTodo), List.of(LIST_SEQ));
        return new Scenario("mixed", target, current);
    }

    static Scenario get(String name) {
        Scenario scenario = all().get(name);
        if (scenario == null) {
            throw new IllegalArgumentException("no scenario " + name);
        }
        return scenario;
    }

    private static void add(Map<String, Scenario> scenarios, String name, SchemaModel target, SchemaModel current) {
        scenarios.put(name, new Scenario(name, target, current));
    }

    private Scenarios() {
    }
}
