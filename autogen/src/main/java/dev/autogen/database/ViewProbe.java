package dev.autogen.database;

import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a view of the entity model and the database's view of the same name are the same
 * query, although Hibernate's text and the server's deparsed text are spelled differently. Inside a
 * transaction that is always rolled back, the model's query is created as a view of a scratch name
 * in the same schema and with the same search path, and the server deparses it: two queries are the
 * same when their deparsed texts are. A query the server refuses (it reads a table or column the
 * database lacks, so it cannot be the database's view) is a different one; any other failure, such
 * as a missing privilege, falls back to comparing the texts with blanks and case outside quotes
 * ignored, so that the comparison never reports a change it cannot show.
 */
public final class ViewProbe {
    private static final String SCRATCH_PREFIX = "autogen_view_probe_";
    private static final Set<String> UNRESOLVED = Set.of("42P01", "42703", "42883", "42704", "42P10", "3F000");

    private ViewProbe() {
    }

    /**
     * The database's model with each view that is the same query as the entity model's view of that
     * name given the entity model's text, so that comparing texts finds no change; the others keep the
     * server's definition, which restores them exactly.
     */
    public static SchemaModel align(Connection connection, SchemaModel target, SchemaModel current, SecretMask mask) {
        List<ViewDef> probed = new ArrayList<>();
        current.views().forEach((name, view) -> {
            ViewDef wanted = target.views().get(name);
            if (wanted != null && !wanted.query().equals(view.query())) {
                probed.add(wanted);
            }
        });
        if (probed.isEmpty()) {
            return current;
        }
        Map<String, ViewDef> views = new TreeMap<>(current.views());
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int number = 0;
                for (ViewDef wanted : probed) {
                    if (same(connection, wanted, current.views().get(wanted.name()), number++)) {
                        views.put(wanted.name(), wanted);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "comparing the entities' views with the database's", mask);
        }
        return new SchemaModel(current.tables(), current.sequences(), current.schemas(), views, current.enumTypes(),
                current.viewDependencies(), current.enumTypeUsers());
    }

    private static boolean same(Connection connection, ViewDef wanted, ViewDef existing, int number) throws SQLException {
        if (!singleStatement(wanted.query())) {
            return spelledAlike(wanted.query(), existing.query());
        }
        String schema = PostgresIdentifiers.schemaOf(wanted.name());
        String scratch = PostgresIdentifiers.qualify(schema, SCRATCH_PREFIX + ProcessHandle.current().pid()
                + "_" + Long.toHexString(System.nanoTime()) + "_" + number);
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW " + PostgresIdentifiers.quoteQualified(scratch) + " AS " + wanted.query());
            try (PreparedStatement deparse = connection.prepareStatement("SELECT pg_get_viewdef(?::regclass)")) {
                deparse.setString(1, PostgresIdentifiers.quoteQualified(scratch));
                try (ResultSet row = deparse.executeQuery()) {
                    row.next();
                    return existing.query().equals(new ViewDef(wanted.name(), row.getString(1)).query());
                }
            }
        } catch (SQLException e) {
            return !UNRESOLVED.contains(e.getSQLState()) && spelledAlike(wanted.query(), existing.query());
        } finally {
            connection.rollback(savepoint);
        }
    }

    /**
     * Whether the query is one statement: no {@code ;} outside quotes and no dollar quote ({@code $$}, {@code $tag$}; a {@code $} inside a name is fine), so that
     * the probe runs nothing but the {@code CREATE VIEW} it is meant to (a {@code COMMIT} smuggled
     * into a query would end the transaction that keeps the probe from leaving anything behind).
     */
    static boolean singleStatement(String query) {
        char quote = 0;
        char previous = ' ';
        for (char c : query.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';' || c == '$' && !(Character.isLetterOrDigit(previous) || previous == '_')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether two texts differ only in blanks, and in case outside quotes. */
    static boolean spelledAlike(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String text) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        boolean blank = false;
        for (char c : text.strip().toCharArray()) {
            if (quote != 0) {
                out.append(c);
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (Character.isWhitespace(c)) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                out.append(' ');
            }
            blank = false;
            if (c == '\'' || c == '"') {
                quote = c;
            }
            out.append(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
