package dev.autogen.spring.boot;

import dev.autogen.runtime.AutogenException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a startup that autogen stopped as Spring Boot's "APPLICATION FAILED TO START" report, with
 * autogen's message as the description and what to do as the action, instead of a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class AutogenFailureAnalyzer extends AbstractFailureAnalyzer<AutogenException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AutogenException cause) {
        if (cause instanceof AutogenStartupException refusal) {
            return new FailureAnalysis("autogen: " + refusal.description(), refusal.action(), cause);
        }
        return new FailureAnalysis("autogen could not migrate the database (" + cause.code().label() + "): "
                + cause.getMessage(), actionFor(cause), cause);
    }

    /**
     * autogen's messages already say what to do; the action adds how to look closer and that the
     * application starts once the database is fixed.
     */
    private static String actionFor(AutogenException cause) {
        return switch (cause.code()) {
            case MIGRATION_FAILED, MIGRATION_LOAD -> "Fix the migration named above, then start the application"
                    + " again; 'autogen history' shows which revisions are applied.";
            case DATABASE_UNREACHABLE, AUTHENTICATION_FAILED, DATABASE_MISSING, CONNECTION_LOST -> "Check"
                    + " spring.datasource.url, spring.datasource.username and the database server, then start the"
                    + " application again.";
            case LOCK_TIMEOUT -> "Another instance holds the migration lock; wait for it, or raise"
                    + " autogen.lock-timeout.";
            default -> "Follow the advice above, then start the application again. To start without migrating,"
                    + " set autogen.enabled=false.";
        };
    }
}
