package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.LockMode;
import dev.autogen.runtime.dialect.TableWork;

import java.util.Objects;

/**
 * How MariaDB 10.11's InnoDB runs one {@code ALTER TABLE} (or {@code CREATE INDEX}) by default: the
 * cheapest algorithm it picks and the lock it holds while it works. Every algorithm also takes a short
 * exclusive metadata lock at its start and end, which waits behind open transactions on the table.
 *
 * @param algorithm {@code INSTANT}, {@code INPLACE} or {@code COPY}
 * @param lock      {@code NONE}, {@code SHARED} or {@code EXCLUSIVE}
 * @param work      what it does to the rows
 * @param note      why, or what it depends on; may be empty
 */
record OnlineDdl(String algorithm, String lock, TableWork work, String note) {
    OnlineDdl {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(work, "work");
        note = note == null ? "" : note;
    }

    static OnlineDdl instant(String note) {
        return new OnlineDdl("INSTANT", "NONE", TableWork.CATALOG, note);
    }

    static OnlineDdl inplace(TableWork work, String note) {
        return new OnlineDdl("INPLACE", "NONE", work, note);
    }

    static OnlineDdl copy(String note) {
        return new OnlineDdl("COPY", "SHARED", TableWork.REWRITE, note);
    }

    /**
     * The nearest PostgreSQL lock mode, which the review compares: an instant change holds only its short
     * exclusive metadata lock, {@code LOCK=NONE} lets reads and writes go on, {@code LOCK=SHARED} lets
     * reads go on and blocks writes, {@code LOCK=EXCLUSIVE} blocks both.
     */
    LockMode mode() {
        if (algorithm.equals("INSTANT")) {
            return LockMode.ACCESS_EXCLUSIVE;
        }
        return switch (lock) {
            case "NONE" -> LockMode.SHARE_UPDATE_EXCLUSIVE;
            case "SHARED" -> LockMode.SHARE;
            default -> LockMode.ACCESS_EXCLUSIVE;
        };
    }

    /** The clause as MariaDB spells it, e.g. {@code ALGORITHM=INPLACE, LOCK=NONE}. */
    String clause() {
        return "ALGORITHM=" + algorithm + ", LOCK=" + lock;
    }

    /** The clause and the note, as the review shows them. */
    String describe() {
        return clause() + (note.isEmpty() ? "" : ": " + note);
    }
}
