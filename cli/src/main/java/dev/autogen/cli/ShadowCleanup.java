package dev.autogen.cli;

import dev.autogen.runtime.SecretMask;

import javax.sql.DataSource;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Leaves the database of {@code --shadow-url} as it was found: on close, drops what the replay created,
 * that is every object there now that was not there when it was opened, and nothing else. A cleanup
 * that fails is reported as a warning, naming the database and what is left, and never fails the command.
 *
 * @param dataSource the shadow database
 * @param mask       hides its password in messages
 * @param shown      its URL with any password masked, for messages
 * @param dialect    how its dialect lists and drops objects
 * @param before     what it held when it was opened
 * @param schemas    the schemas the project names besides the current one
 * @param warnings   where a failed cleanup is reported
 */
record ShadowCleanup(DataSource dataSource, SecretMask mask, String shown, ScratchDatabases dialect, List<ShadowObject> before,
                     List<String> schemas, Consumer<String> warnings) implements Closeable {
    private static final int NAMES_SHOWN = 5;

    ShadowCleanup {
        before = List.copyOf(before);
        schemas = List.copyOf(schemas);
    }

    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                for (String drop : dialect.dropStatements(created(connection))) {
                    statement.execute(drop);
                }
            } catch (SQLException e) {
                warn(connection, mask.apply(String.valueOf(e.getMessage())));
                return;
            }
            List<ShadowObject> left = created(connection);
            if (!left.isEmpty()) {
                warnings.accept(message(left, null));
            }
        } catch (SQLException | RuntimeException e) {
            warnings.accept(message(List.of(), mask.apply(String.valueOf(e.getMessage()))));
        }
    }

    /** What the database holds now that it did not hold when it was opened, in the order the dialect drops them. */
    List<ShadowObject> created(Connection connection) throws SQLException {
        Set<ShadowObject> found = new HashSet<>(before);
        List<ShadowObject> created = new ArrayList<>();
        for (ShadowObject object : dialect.shadowObjects(connection, schemas)) {
            if (!found.contains(object)) {
                created.add(object);
            }
        }
        return created;
    }

    private void warn(Connection connection, String reason) {
        List<ShadowObject> left;
        try {
            left = created(connection);
        } catch (SQLException e) {
            left = List.of();
        }
        warnings.accept(message(left, reason));
    }

    /** The warning: what is left, when known, and why, when known. */
    private String message(List<ShadowObject> left, String reason) {
        String start = "The shadow database " + shown + " was not emptied after the replay"
                + (reason == null ? "" : " (" + reason + ")");
        if (left.isEmpty()) {
            return start + ": drop what the migrations created in it, or recreate it, before the next run.";
        }
        return start + ": it still holds " + String.join(", ", left.subList(0, Math.min(NAMES_SHOWN, left.size()))
                .stream().map(ShadowObject::described).toList()) + (left.size() > NAMES_SHOWN ? ", …" : "")
                + ". Drop them, or recreate the database, before the next run.";
    }
}
