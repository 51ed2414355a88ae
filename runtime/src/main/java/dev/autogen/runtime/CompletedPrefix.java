package dev.autogen.runtime;

import dev.autogen.runtime.history.StepProgress;

import java.util.List;

/**
 * The statements a stepped migration under way has completed, as its history row records them: whether
 * the migration as it reads now still begins with them, so that a run resumes with its new remaining
 * statements after the user fixed the one that failed.
 */
final class CompletedPrefix {
    private CompletedPrefix() {
    }

    /** The checksum of the first {@code count} statements. */
    static String checksum(List<String> statements, int count) {
        return Checksums.ofStatements(statements.subList(0, count));
    }

    /**
     * Whether the statements begin with those the progress records as completed: none completed, or
     * the recorded checksum of the completed ones equals that of as many current statements. A row
     * without that checksum (written before it was recorded) does not match unless none completed.
     */
    static boolean matches(StepProgress progress, List<String> statements) {
        int count = progress.completedStatements();
        if (count > statements.size()) {
            return false;
        }
        return count == 0 || checksum(statements, count).equals(progress.completedChecksum());
    }
}
