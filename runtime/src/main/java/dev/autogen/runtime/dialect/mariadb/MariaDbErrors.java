package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.ErrorClassifier;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's errors, told apart by the server's error number ({@link SQLException#getErrorCode()})
 * first and by the SQL state after, since MariaDB gives many different errors the same state
 * ({@code 42000}, {@code HY000}, {@code 70100}) and its deadlock the state {@code 40001} of a
 * serialization failure. The advice names MariaDB's settings ({@code lock_wait_timeout},
 * {@code innodb_lock_wait_timeout}, {@code max_statement_time}, {@code max_connections}), its
 * {@code KILL} and its views ({@code information_schema.PROCESSLIST}, {@code METADATA_LOCK_INFO}).
 *
 * <p>Every number was provoked on MariaDB 10.11 through Connector/J, except 1040 (too many connections),
 * 1290 ({@code --read-only}) and 1053 (shutdown), which need a change to the whole server. The numbers
 * that only MySQL 8 gives (3024 {@code max_execution_time}, 1836 read-only mode, 1826 as a duplicate
 * foreign key) are here for the MySQL that shares this code; no test ran them there.
 */
public final class MariaDbErrors implements ErrorClassifier {
    private static final Pattern UNKNOWN_DATABASE = Pattern.compile("Unknown database '([^']+)'");
    private static final String CONNECTION_LOST = "The connection to the server was lost or ended (a server restart,"
            + " KILL, wait_timeout or the network). Run the command again once the server is available; 'current'"
            + " shows what is applied.";
    private static final String LOCK_WAIT = "Another session holds a lock %s, and the wait ran past the server's"
            + " lock_wait_timeout (metadata locks, which DDL waits for) or innodb_lock_wait_timeout (row locks). Find"
            + " it in information_schema.PROCESSLIST (a long open transaction, often 'Sleep'), or in"
            + " information_schema.METADATA_LOCK_INFO where the metadata_lock_info plugin is installed; let it"
            + " finish or end it with KILL <id>, then run the command again.";
    private static final String CANCELLED = "The statement was cancelled: by the server's max_statement_time (MySQL:"
            + " max_execution_time) or by KILL QUERY. Raise max_statement_time for the user (SET GLOBAL or ALTER USER"
            + " ... WITH MAX_STATEMENT_TIME), then run the command again.";

    /** The classifier; it keeps no state. */
    public MariaDbErrors() {
    }

    @Override
    public Kind classify(SQLException error) {
        Kind byNumber = byNumber(error.getErrorCode(), error.getMessage());
        if (byNumber != null) {
            return byNumber;
        }
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (state.startsWith("08")) {
            return Kind.CONNECTION_FAILURE;
        }
        if (state.startsWith("28")) {
            return Kind.AUTHENTICATION_FAILED;
        }
        return switch (state) {
            case "40001" -> Kind.SERIALIZATION_FAILURE;
            case "22001" -> Kind.VALUE_TOO_LONG;
            case "25006" -> Kind.READ_ONLY;
            default -> Kind.OTHER;
        };
    }

    private static Kind byNumber(int number, String message) {
        return switch (number) {
            case 1045, 1698, 1251 -> Kind.AUTHENTICATION_FAILED;
            case 1049 -> Kind.DATABASE_MISSING;
            case 2002, 2003, 2006, 2013, 1042, 1043, 1081, 1158, 1159, 1160, 1161 -> Kind.CONNECTION_FAILURE;
            case 1927, 1053 -> Kind.SESSION_ENDED;
            case 1205 -> Kind.LOCK_NOT_AVAILABLE;
            case 1213 -> Kind.DEADLOCK;
            case 1317, 1969, 3024 -> Kind.STATEMENT_CANCELLED;
            case 1050, 1061 -> Kind.RELATION_EXISTS;
            case 1060 -> Kind.COLUMN_EXISTS;
            case 1007 -> Kind.SCHEMA_EXISTS;
            case 1826, 1022, 1068 -> Kind.OBJECT_EXISTS;
            case 1005 -> message != null && message.contains("errno: 121") ? Kind.OBJECT_EXISTS : null;
            case 1146, 1051, 4091, 4092 -> Kind.UNDEFINED_RELATION;
            case 1054 -> Kind.UNDEFINED_COLUMN;
            case 1008 -> Kind.UNDEFINED_SCHEMA;
            case 1091 -> Kind.UNDEFINED_OBJECT;
            case 1044, 1142, 1143, 1227, 1370 -> Kind.INSUFFICIENT_PRIVILEGE;
            case 1290, 1792, 1836 -> Kind.READ_ONLY;
            case 1040, 1203 -> Kind.TOO_MANY_CONNECTIONS;
            case 1406 -> Kind.VALUE_TOO_LONG;
            default -> null;
        };
    }

    /**
     * For a database that does not exist, the statement that creates it; for a server without TLS, which
     * Connector/J 4 asks for by default, the URL option that connects without it.
     */
    @Override
    public Optional<String> connectAdvice(SQLException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.contains("ssl not enabled in the server")) {
            return Optional.of("The server does not offer TLS, and MariaDB Connector/J 4 asks for it by default: add"
                    + " ?sslMode=disable to --url (jdbc:mariadb://host:3306/database?sslMode=disable) on a trusted"
                    + " network, or enable TLS on the server (ssl_cert and ssl_key in its configuration).");
        }
        Matcher unknown = UNKNOWN_DATABASE.matcher(message);
        if (classify(error) == Kind.DATABASE_MISSING && unknown.find()) {
            return Optional.of("Create it (CREATE DATABASE `" + unknown.group(1) + "`), or fix the database name in"
                    + " --url.");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> advice(SQLException error) {
        Kind kind = classify(error);
        return Optional.ofNullable(switch (kind) {
            case CONNECTION_FAILURE, SESSION_ENDED -> CONNECTION_LOST;
            case INSUFFICIENT_PRIVILEGE -> "Check that the user may create and change tables there: it needs CREATE,"
                    + " ALTER, DROP, INDEX and REFERENCES on the database, and SELECT, INSERT, UPDATE and DELETE on the"
                    + " history table (GRANT ... ON db.* TO user).";
            case DATABASE_MISSING, UNDEFINED_SCHEMA -> "The database named does not exist. Create it (CREATE DATABASE"
                    + " ...), or name an existing one in --url or --history-table.";
            case UNDEFINED_RELATION -> "A table autogen reads does not exist. Check --history-table and the database"
                    + " in --url (table names are case-sensitive on MariaDB).";
            case VALUE_TOO_LONG -> "A value is longer than its column allows; for the history table this is usually a"
                    + " revision message or id longer than the table's column: shorten it in the migration's @Revision.";
            case READ_ONLY -> "The server accepts no writes (read_only, a replica, or a read-only transaction): point"
                    + " --url at the primary server.";
            case TOO_MANY_CONNECTIONS -> "The server has no free connection slots. Retry when fewer clients are"
                    + " connected, or raise max_connections (or the user's max_user_connections).";
            case LOCK_NOT_AVAILABLE -> LOCK_WAIT.formatted("autogen needs");
            case STATEMENT_CANCELLED -> CANCELLED;
            case DEADLOCK, SERIALIZATION_FAILURE -> "It collided with another session. Run the command again when"
                    + " that session is done.";
            default -> null;
        });
    }

    @Override
    public String migrationAdvice(SQLException error) {
        if (error.getErrorCode() == 1075) {
            return "MariaDB makes a column AUTO_INCREMENT only when it is the first column of a key (error 1075)."
                    + " Add the key first in the migration (op.addPrimaryKey or op.createIndex on the column), then"
                    + " op.addIdentity; then run the command again.";
        }
        return switch (classify(error)) {
            case LOCK_NOT_AVAILABLE -> LOCK_WAIT.formatted("on a table the migration changes");
            case STATEMENT_CANCELLED -> CANCELLED;
            case DEADLOCK -> "It deadlocked with another session. Run the command again, when that session is done.";
            default -> FIX_THE_MIGRATION;
        };
    }

    @Override
    public String whatEndsSessions() {
        return "KILL, a restart, wait_timeout, a proxy's or the network's timeout";
    }
}
