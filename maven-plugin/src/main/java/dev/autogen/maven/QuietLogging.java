package dev.autogen.maven;

import java.util.Map;

/**
 * Keeps the libraries autogen runs on out of the build log, as the command line does. Hibernate
 * (through JBoss Logging, which the plugin's {@code META-INF/services} entry sends to SLF4J), the
 * embedded PostgreSQL and autogen's runtime log through Maven's SLF4J logger. Their info lines say
 * nothing a build needs, and the runtime's warnings repeat what the command prints itself, so only
 * Hibernate's and the drivers' warnings are logged (Hibernate's deprecation notice about the
 * dialect autogen sets on purpose is not). A level the user sets with
 * {@code -Dorg.slf4j.simpleLogger.log.NAME=LEVEL}, as Maven documents, is left as it is.
 */
final class QuietLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final Map<String, String> LEVELS = Map.of(
            "org.hibernate", "warn",
            "org.hibernate.orm.deprecation", "error",
            "io.zonky", "warn",
            "org.postgresql", "warn",
            "dev.autogen.runtime", "error");

    private QuietLogging() {
    }

    /** Sets the levels of the libraries' loggers that have no level of their own yet. */
    static void apply() {
        LEVELS.forEach((logger, level) -> {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, level);
            }
        });
    }
}
