package dev.autogen.runtime;

import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Migrator.Builder.progress} gets a task for the run of migrations and one for every statement, each ended. */
@Tag("postgres")
class MigratorProgressTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @Test
    void theRunAndEveryStatementAreTasksNamedByRevisionAndStatement() {
        List<String> begun = new CopyOnWriteArrayList<>();
        List<String> updated = new CopyOnWriteArrayList<>();
        List<String> open = new CopyOnWriteArrayList<>();
        ProgressSink recording = label -> {
            begun.add(label);
            open.add(label);
            return new ProgressTask() {
                @Override
                public void update(String next) {
                    updated.add(next);
                }

                @Override
                public void close() {
                    open.remove(label);
                }
            };
        };

        Migrator.configure().dataSource(db.dataSource()).migrationsPackage("dev.autogen.runtime.it.chain")
                .progress(recording).load().upgrade();

        assertEquals("[1/3] applying 20240101_000001", begun.get(0));
        assertEquals(List.of("[1/3] applying 20240101_000001", "[2/3] applying 20240101_000002",
                "[3/3] applying 20240101_000003"), updated);
        assertTrue(begun.stream().anyMatch(label -> label.matches("20240101_000001: CREATE TABLE todo_list .*")), begun.toString());
        assertTrue(begun.stream().anyMatch(label -> label.startsWith("20240101_000003: ALTER TABLE todo")), begun.toString());
        assertTrue(begun.stream().noneMatch(label -> label.contains("\n")), begun.toString());
        assertEquals(List.of(), open);
    }
}
