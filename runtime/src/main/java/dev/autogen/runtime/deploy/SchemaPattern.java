package dev.autogen.runtime.deploy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schemas named by {@code --each-schema}: comma-separated globs ({@code *} any text, {@code ?}
 * one character), matched case-sensitively against the catalog's schema names, never a system schema.
 * A pattern that is empty or matches nothing is an {@link IllegalArgumentException}, a usage error.
 *
 * @param text  the pattern as given
 * @param globs its parts, as regular expressions
 */
record SchemaPattern(String text, List<Pattern> globs) {
    private static final String SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
            + " AND nspname <> 'information_schema' ORDER BY nspname COLLATE \"C\"";

    /** Parses the option's value. */
    static SchemaPattern parse(String text) {
        List<Pattern> globs = Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .map(SchemaPattern::glob).toList();
        if (globs.isEmpty()) {
            throw new IllegalArgumentException("--each-schema needs a pattern such as tenant_*");
        }
        return new SchemaPattern(text, globs);
    }

    private static Pattern glob(String part) {
        StringBuilder regex = new StringBuilder();
        for (char c : part.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether the schema name matches one of the globs. */
    boolean matches(String schema) {
        return globs.stream().anyMatch(glob -> glob.matcher(schema).matches());
    }

    /** The matching schemas of the connection's database, sorted; an error when none matches. */
    List<String> schemas(Connection connection, String database) throws SQLException {
        List<String> matching = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SCHEMAS)) {
            while (rows.next()) {
                if (matches(rows.getString(1))) {
                    matching.add(rows.getString(1));
                }
            }
        }
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("No schema of " + database + " matches --each-schema '" + text
                    + "'. List the schemas with '\\dn' in psql, and give a glob such as tenant_* (comma-separate several).");
        }
        return matching;
    }
}
