package dev.autogen.diff;

import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.ViewDependencies;

import java.util.List;
import java.util.Map;

import static dev.autogen.diff.Scenarios.base;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;

/** Diff scenarios with views over the base model's todo table, as a database's catalog records them. */
final class ViewScenarios {
    static final ViewDef OPEN_TODO = new ViewDef("open_todo", "SELECT todo.id, todo.title FROM todo WHERE todo.status = 'OPEN'");
    static final ViewDef OPEN_TODO_TITLES = new ViewDef("open_todo", "SELECT todo.title FROM todo WHERE todo.status = 'OPEN'");
    static final ViewDef OPEN_COUNT = new ViewDef("open_count", "SELECT count(*) AS count FROM open_todo");

    private ViewScenarios() {
    }

    /** The database's view dependencies of {@link #OPEN_TODO} and {@link #OPEN_COUNT}. */
    static ViewDependencies dependencies() {
        return ViewDependencies.of(List.of(new ViewDependencies.Edge("open_todo", "todo", "id"),
                new ViewDependencies.Edge("open_todo", "todo", "title"),
                new ViewDependencies.Edge("open_todo", "todo", "status"),
                ViewDependencies.Edge.onRelation("open_count", "open_todo")));
    }

    /** The base model with the given views, as the database has them. */
    static SchemaModel database(SchemaModel tables, ViewDef... views) {
        return tables.withViews(List.of(views)).withViewDependencies(dependencies());
    }

    static void addTo(Map<String, Scenarios.Scenario> scenarios) {
        put(scenarios, "create views", base().withViews(List.of(OPEN_TODO, OPEN_COUNT)), base());
        put(scenarios, "drop views", base(), database(base(), OPEN_TODO, OPEN_COUNT));
        put(scenarios, "replace view", base().withViews(List.of(OPEN_TODO_TITLES)), database(base(), OPEN_TODO));
        put(scenarios, "retype a column a view reads",
                database(withTodo(todoBuilder().withoutColumn("title").column(column("title", "text").notNull())),
                        OPEN_TODO, OPEN_COUNT),
                database(base(), OPEN_TODO, OPEN_COUNT));
    }

    private static void put(Map<String, Scenarios.Scenario> scenarios, String name, SchemaModel target,
                            SchemaModel current) {
        scenarios.put(name, new Scenarios.Scenario(name, target, current));
    }
}
