package dev.autogen.spring.boot.actuate;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ChecksumStatus;
import dev.autogen.runtime.CurrentRevisions;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.RevisionStatus;
import dev.autogen.runtime.history.HistoryEntry;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code autogen} actuator endpoint: where the database stands against the migrations. */
@Endpoint(id = "autogen")
public class AutogenEndpoint {
    private final Migrator migrator;

    /** The endpoint of the application's migrator. */
    public AutogenEndpoint(Migrator migrator) {
        this.migrator = migrator;
    }

    /**
     * The revisions, newest first, with their state and checksum status, the heads of the revision
     * graph and the revisions the database is at. When the history cannot be read or disagrees with
     * the migrations, {@code error} says why and the lists are empty.
     */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        try {
            List<RevisionStatus> history = migrator.history();
            Map<String, ChecksumStatus> checksums = migrator.checksums();
            CurrentRevisions current = migrator.currentRevisions();
            List<RevisionDescriptor> revisions = history.stream()
                    .map(status -> RevisionDescriptor.of(status, checksums.get(status.id()))).toList();
            boolean checksumsMatch = checksums.values().stream().allMatch(ChecksumStatus.MATCHES::equals);
            List<String> pending = history.stream().filter(status -> !status.isApplied()).map(RevisionStatus::id)
                    .toList();
            return new MigrationsDescriptor(migrator.graph().heads(), current.heads(), current.incomplete(), pending,
                    checksumsMatch, revisions, null);
        } catch (AutogenException failure) {
            return new MigrationsDescriptor(List.of(), List.of(), List.of(), List.of(), false, List.of(),
                    failure.getMessage());
        }
    }

    /**
     * Where the database stands.
     *
     * @param heads          the heads of the revision graph
     * @param current        the revisions the database is at (applied heads)
     * @param incomplete     revisions recorded as incomplete
     * @param pending        revisions not applied yet, newest first
     * @param checksumsMatch whether every applied revision still matches its recorded checksum
     * @param revisions      every revision, newest first
     * @param error          why the state could not be read, or {@code null}
     */
    public record MigrationsDescriptor(List<String> heads, List<String> current, List<String> incomplete,
                                       List<String> pending, boolean checksumsMatch,
                                       List<RevisionDescriptor> revisions, String error) {
    }

    /**
     * One revision.
     *
     * @param id          the revision id
     * @param parents     its parents
     * @param message     its message
     * @param head        whether it is a head of the revision graph
     * @param state       {@code applied}, {@code pending} or {@code incomplete}
     * @param appliedAt   when it was applied (ISO-8601), or {@code null}
     * @param appliedBy   the database user that applied it, or {@code null}
     * @param executionMs how long it took, or {@code null}
     * @param checksum    {@code matches}, {@code edited}, {@code missing} or {@code outdated} for an
     *                    applied revision, {@code null} otherwise
     */
    public record RevisionDescriptor(String id, List<String> parents, String message, boolean head, String state,
                                     String appliedAt, String appliedBy, Long executionMs, String checksum) {
        static RevisionDescriptor of(RevisionStatus status, ChecksumStatus checksum) {
            HistoryEntry applied = status.applied();
            String state = applied == null ? "pending" : applied.success() ? "applied" : "incomplete";
            return new RevisionDescriptor(status.id(), status.parents(), status.message(), status.head(), state,
                    applied == null || applied.appliedAt() == null ? null : applied.appliedAt().toString(),
                    applied == null ? null : applied.appliedBy(),
                    applied == null ? null : applied.executionMs(),
                    checksum == null ? null : checksum.name().toLowerCase(Locale.ROOT));
        }
    }
}
