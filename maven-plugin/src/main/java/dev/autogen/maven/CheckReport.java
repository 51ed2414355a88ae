package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code autogen check} printed when it found changes, split for the build: the lines before
 * the report (such as the Spring Boot files read) go to the log, and the report becomes the failure
 * message, the entity changes under a Maven hint and any drift with the command's own explanation.
 *
 * @param info    the lines printed before the report
 * @param message the report, in Maven's words where it names a goal
 */
record CheckReport(List<String> info, String message) {
    private static final String PENDING = "Pending changes;";
    private static final List<String> REPORT_STARTS = List.of(PENDING, "Drift:", "The database has a schema");
    private static final String CHANGE_PREFIX = "  ";

    /** Splits the output of a {@code check} that exited with 1. */
    static CheckReport of(List<String> output) {
        int start = 0;
        while (start < output.size() && REPORT_STARTS.stream().noneMatch(output.get(start)::startsWith)) {
            start++;
        }
        if (start == output.size()) {
            start = 0;
        }
        List<String> message = new ArrayList<>();
        for (int i = start; i < output.size(); i++) {
            String line = output.get(i);
            if (!line.startsWith(PENDING)) {
                message.add(line);
                continue;
            }
            message.add("The entities have changes that no migration holds:");
            while (i + 1 < output.size() && output.get(i + 1).startsWith(CHANGE_PREFIX)) {
                message.add(output.get(++i));
            }
            message.add("Run 'mvn compile autogen:revision -Dautogen.message=\"...\"' to generate a migration for them.");
        }
        return new CheckReport(List.copyOf(output.subList(0, start)), String.join("\n", message));
    }
}
