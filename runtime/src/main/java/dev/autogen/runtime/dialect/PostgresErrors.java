package dev.autogen.runtime.dialect;

import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL's SQL states (appendix A of its manual) and the advice for them, which names its
 * settings ({@code lock_timeout}, {@code statement_timeout}, {@code max_locks_per_transaction}), its
 * catalog views ({@code pg_locks}, {@code pg_stat_activity}) and PgBouncer.
 */
public final class PostgresErrors implements ErrorClassifier {
    private static final String POOLER = "This happens behind a connection pooler in transaction mode (e.g. PgBouncer"
            + " with pool_mode = transaction), which cannot keep the driver's prepared statements: add"
            + " prepareThreshold=0 to the JDBC URL, switch the pool to session mode, or give autogen a direct URL"
            + " to the server.";
    private static final String CONNECTION_LOST = "The connection to the server was lost or ended (a server restart,"
            + " pg_terminate_backend, an idle timeout or a pooler). Run the command again once the server is"
            + " available; 'current' shows what is applied.";

    /** The classifier; it keeps no state. */
    public PostgresErrors() {
    }

    @Override
    public Kind classify(SQLException error) {
        return classify(error.getSQLState());
    }

    /** What the SQL state means; {@link Kind#OTHER} for {@code null} and for states the runtime does not tell apart. */
    public Kind classify(String sqlState) {
        if (sqlState == null) {
            return Kind.OTHER;
        }
        if (sqlState.startsWith("08")) {
            return Kind.CONNECTION_FAILURE;
        }
        return switch (sqlState) {
            case "28P01", "28000" -> Kind.AUTHENTICATION_FAILED;
            case "3D000" -> Kind.DATABASE_MISSING;
            case "57P01", "57P02", "57P03" -> Kind.SESSION_ENDED;
            case "55P03" -> Kind.LOCK_NOT_AVAILABLE;
            case "40P01" -> Kind.DEADLOCK;
            case "40001" -> Kind.SERIALIZATION_FAILURE;
            case "57014" -> Kind.STATEMENT_CANCELLED;
            case "42P07" -> Kind.RELATION_EXISTS;
            case "42701" -> Kind.COLUMN_EXISTS;
            case "42P06" -> Kind.SCHEMA_EXISTS;
            case "42710" -> Kind.OBJECT_EXISTS;
            case "42P01" -> Kind.UNDEFINED_RELATION;
            case "42703" -> Kind.UNDEFINED_COLUMN;
            case "3F000" -> Kind.UNDEFINED_SCHEMA;
            case "42704" -> Kind.UNDEFINED_OBJECT;
            case "42501" -> Kind.INSUFFICIENT_PRIVILEGE;
            case "25006" -> Kind.READ_ONLY;
            case "53300" -> Kind.TOO_MANY_CONNECTIONS;
            case "22001" -> Kind.VALUE_TOO_LONG;
            default -> Kind.OTHER;
        };
    }

    @Override
    public Optional<String> advice(SQLException error) {
        return advice(error.getSQLState());
    }

    /** The advice for a SQL state, or empty when there is none that fits (and for {@code null}). */
    public Optional<String> advice(String sqlState) {
        if (sqlState == null) {
            return Optional.empty();
        }
        Kind kind = classify(sqlState);
        if (kind == Kind.CONNECTION_FAILURE || kind == Kind.SESSION_ENDED) {
            return Optional.of(CONNECTION_LOST);
        }
        return Optional.ofNullable(switch (sqlState) {
            case "42501" -> "Check that the user may create and change tables there: it needs CREATE on the history"
                    + " table's schema, and SELECT, INSERT, UPDATE and DELETE on the history table (or to own it).";
            case "3F000" -> "The schema named does not exist. Create it, or name an existing one in --history-table.";
            case "42P01" -> "A table autogen reads does not exist. Check --history-table and the user's search_path.";
            case "42P05", "26000" -> POOLER;
            case "22001" -> "A value is longer than its column allows; for the history table this is usually a"
                    + " revision message or id longer than the table's column: shorten it in the migration's @Revision.";
            case "25006" -> "The server accepts no writes (a read-only standby, or default_transaction_read_only):"
                    + " point --url at the primary server.";
            case "53300" -> "The server has no free connection slots. Retry when fewer clients are connected, or"
                    + " raise max_connections.";
            case "55P03" -> "Another session holds a lock autogen needs, and the server's lock_timeout ran out. Find"
                    + " it in pg_locks and pg_stat_activity, let it finish or end it, then run the command again.";
            case "57014" -> "The statement was cancelled, usually by the server's statement_timeout. Raise it for the"
                    + " user (ALTER ROLE ... SET statement_timeout = ...), then run the command again.";
            case "40001", "40P01" -> "It collided with another session. Run the command again when that session is done.";
            default -> null;
        });
    }

    @Override
    public String whatEndsSessions() {
        return "pg_terminate_backend, a restart, a pooler's or the network's timeout";
    }

    @Override
    public String migrationAdvice(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        return switch (state) {
            case "53200" -> "The migration takes more locks in one transaction (one per table, index and sequence it"
                    + " creates or changes) than the server's lock table holds: max_locks_per_transaction x"
                    + " (max_connections + max_prepared_transactions). Raise max_locks_per_transaction (a server"
                    + " restart), or put transactional = false in its @Revision so that each statement commits on"
                    + " its own (docs/runtime.md, 'Migrations outside a transaction'), or split it into smaller"
                    + " revisions; then run the command again.";
            case "55P03" -> "Another session holds a lock on a table the migration changes, and the server's"
                    + " lock_timeout ran out. Find it in pg_locks and pg_stat_activity, let it finish or end it,"
                    + " then run the command again.";
            case "57014" -> "The statement was cancelled, usually by the server's statement_timeout. Raise it for the"
                    + " migrating role (ALTER ROLE ... SET statement_timeout = ...) or run the long statement in a"
                    + " revision with transactional = false, then run the command again.";
            case "40P01" -> "It deadlocked with another session. Run the command again, when that session is done.";
            default -> FIX_THE_MIGRATION;
        };
    }
}
