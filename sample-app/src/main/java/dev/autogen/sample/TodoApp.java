package dev.autogen.sample;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.sample.model.Todo;
import dev.autogen.sample.model.TodoList;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import javax.sql.DataSource;
import java.util.List;

/**
 * The to-do app. At startup it brings its database to the newest revision with the runtime, then
 * lets Hibernate validate the schema against the entities and adds the to-dos given as arguments.
 *
 * <p>Configured by {@code TODO_DB_URL}, {@code TODO_DB_USER} and {@code TODO_DB_PASSWORD}.
 */
public final class TodoApp {
    /** The package the migrations are compiled into. */
    public static final String MIGRATIONS = "dev.autogen.sample.migrations";

    private final DataSource dataSource;
    private final String url;
    private final String user;
    private final String password;

    /** An app on the given database. */
    public TodoApp(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = new UrlDataSource(url, user, password);
    }

    /** Runs the app: {@code TodoApp [title...]} adds each title to the Inbox list and prints all to-dos. */
    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("TODO_DB_URL", "jdbc:postgresql://localhost:5432/todo");
        TodoApp app = new TodoApp(url, System.getenv().getOrDefault("TODO_DB_USER", "postgres"),
                System.getenv("TODO_DB_PASSWORD"));
        MigrationResult migrations = app.migrate();
        System.out.println("Schema: applied " + Plural.of(migrations.revisions().size(), "migration") + " in "
                + migrations.totalMs() + " ms");
        for (String title : app.addAndList(List.of(args))) {
            System.out.println(title);
        }
    }

    /** Applies the pending migrations, as the app does at every startup. */
    public MigrationResult migrate() {
        return Migrator.configure()
                .dataSource(dataSource)
                .migrationsPackage(MIGRATIONS, TodoApp.class.getClassLoader())
                .load()
                .upgrade();
    }

    /** Adds the titles to the Inbox list and returns every to-do's title, oldest first. */
    public List<String> addAndList(List<String> titles) {
        try (SessionFactory sessions = sessionFactory()) {
            return sessions.fromTransaction(session -> {
                TodoList inbox = session.createSelectionQuery("from TodoList where name = 'Inbox'", TodoList.class)
                        .uniqueResultOptional()
                        .orElseGet(() -> {
                            TodoList list = new TodoList("Inbox");
                            session.persist(list);
                            return list;
                        });
                titles.forEach(title -> session.persist(new Todo(inbox, title)));
                session.flush();
                return session.createSelectionQuery("select title from Todo order by id", String.class).getResultList();
            });
        }
    }

    private SessionFactory sessionFactory() {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(TodoList.class)
                .addAnnotatedClass(Todo.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        if (password != null) {
            configuration.setProperty("hibernate.connection.password", password);
        }
        return configuration.buildSessionFactory();
    }
}
