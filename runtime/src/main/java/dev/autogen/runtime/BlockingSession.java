package dev.autogen.runtime;

import java.time.Duration;

/**
 * A database session that held a lock a migration's statement waited for, as the server showed it
 * while the statement waited.
 *
 * @param pid             the server process id, as {@code pg_terminate_backend} takes it
 * @param applicationName the application name the session set, or empty
 * @param user            the user it runs as
 * @param state           {@code active}, {@code idle in transaction}, …
 * @param transactionAge  how long its transaction had been open, or {@code null} when it had none
 * @param query           its current or last query
 */
record BlockingSession(int pid, String applicationName, String user, String state, Duration transactionAge,
                       String query) {
    private static final int SHOWN_QUERY = 120;

    /** One line for a message: pid, application, user, state, transaction age and the query's start. */
    String describe() {
        String shown = VisibleText.oneLine(query == null ? "" : query.strip().replaceAll("\\s+", " "));
        if (shown.length() > SHOWN_QUERY) {
            shown = shown.substring(0, SHOWN_QUERY - 3) + "...";
        }
        return "pid " + pid + " (application_name '" + VisibleText.oneLine(applicationName == null ? "" : applicationName)
                + "', user " + user + ", " + state + (transactionAge == null ? ""
                : ", transaction open for " + transactionAge.toSeconds() + " s") + ", query: " + shown + ")";
    }
}
