package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a squashed revision does: the recorded upgrades of the range in order, and their recorded
 * downgrades in reverse order. The {@code // REVIEW:} notes of each replaced file are kept on the
 * first statement of its part, and a file whose code branches (on data, the environment, anything)
 * gets a note that the squash holds only what that code did when it was recorded.
 *
 * @param upgrade       the upgrade changes
 * @param downgrade     the downgrade changes
 * @param transactional whether every replaced revision ran in one transaction
 * @param reviews       the notes written, one line each, for the command's output
 */
record SquashedMigration(List<Change> upgrade, List<Change> downgrade, boolean transactional, List<String> reviews) {
    private static final Pattern REVIEW = Pattern.compile("//\\s*REVIEW:\\s*(.*)");
    private static final Pattern LOGIC = Pattern.compile(
            "\\b(if|for|while|switch|do|try)\\b\\s*[({]|\\?[^:;]*:|getConnection|ResultSet|System\\.get");
    private static final String DOWNGRADE = "void downgrade(";

    /** Records the range; the replaced files are read from the working directory for their notes. */
    static SquashedMigration of(SquashRange range, Path workingDirectory) {
        List<Part> parts = new ArrayList<>();
        for (ResolvedMigration migration : range.revisions()) {
            parts.add(Part.of(migration, workingDirectory));
        }
        List<Change> upgrade = new ArrayList<>();
        List<Change> downgrade = new ArrayList<>();
        List<String> reviews = new ArrayList<>();
        boolean transactional = true;
        List<String> carried = new ArrayList<>();
        for (Part part : parts) {
            transactional &= part.migration().transactional();
            carried = add(upgrade, part.upgrade(), carried, part.upgradeNotes(), reviews);
        }
        attachLeftOver(upgrade, carried);
        carried = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            carried = add(downgrade, part.downgrade(), carried, part.downgradeNotes(), reviews);
        }
        attachLeftOver(downgrade, carried);
        if (!transactional) {
            String note = "some replaced revisions ran outside a transaction (transactional = false), so this squash"
                    + " does too; a failure half-way leaves it recorded as incomplete";
            reviews.add(note);
            if (!upgrade.isEmpty()) {
                upgrade.set(0, withNote(upgrade.get(0), note));
            }
        }
        return new SquashedMigration(List.copyOf(upgrade), List.copyOf(downgrade), transactional, List.copyOf(reviews));
    }

    /**
     * Adds a part's operations, the notes carried from parts that recorded none and its own notes on
     * the first of them; returns the notes still to place when it recorded none either.
     */
    private static List<String> add(List<Change> into, List<MigrationOperation> operations, List<String> carried,
                                    Map<Integer, List<String>> notes, List<String> reviews) {
        notes.values().forEach(reviews::addAll);
        List<String> pending = new ArrayList<>(carried);
        if (operations.isEmpty()) {
            notes.values().forEach(pending::addAll);
            return pending;
        }
        for (int i = 0; i < operations.size(); i++) {
            pending.addAll(notes.getOrDefault(i, List.of()));
            into.add(pending.isEmpty() ? Change.of(operations.get(i))
                    : new Change(operations.get(i), String.join("\n", pending), null));
            pending = new ArrayList<>();
        }
        return pending;
    }

    private static void attachLeftOver(List<Change> changes, List<String> notes) {
        if (!notes.isEmpty() && !changes.isEmpty()) {
            int last = changes.size() - 1;
            changes.set(last, withNote(changes.get(last), String.join("\n", notes)));
        }
    }

    private static Change withNote(Change change, String note) {
        String review = change.review() == null ? note : note + "\n" + change.review();
        return new Change(change.operation(), review, change.reverseReview());
    }

    /** One replaced revision: its recorded operations and the notes of its file. */
    private record Part(ResolvedMigration migration, List<MigrationOperation> upgrade,
                        List<MigrationOperation> downgrade, Map<Integer, List<String>> upgradeNotes,
                        Map<Integer, List<String>> downgradeNotes) {
        static Part of(ResolvedMigration migration, Path workingDirectory) {
            List<MigrationOperation> upgrade = migration.upgradeOperations(migration.factory().get());
            List<MigrationOperation> downgrade = migration.downgradeOperations(migration.factory().get());
            String source = source(workingDirectory.resolve(migration.origin()));
            int split = source.indexOf(DOWNGRADE);
            String upgradeCode = split < 0 ? source : source.substring(0, split);
            String downgradeCode = split < 0 ? "" : source.substring(split);
            return new Part(migration, upgrade, downgrade, notes(migration, upgradeCode, "upgrade", upgrade.size()),
                    notes(migration, downgradeCode, "downgrade", downgrade.size()));
        }

        /**
         * The notes of one method by the index of the operation they stand above: each {@code // REVIEW:}
         * line belongs to the next statement that starts with {@code op.}, when the method's statements
         * are as many as the operations recorded; otherwise all of them belong to the first.
         */
        private static Map<Integer, List<String>> notes(ResolvedMigration migration, String code, String method,
                                                        int operations) {
            Map<Integer, List<String>> notes = new TreeMap<>();
            List<String> pending = new ArrayList<>();
            List<String> all = new ArrayList<>();
            int statement = 0;
            for (String line : code.split("\n")) {
                Matcher review = REVIEW.matcher(line);
                if (review.find()) {
                    String note = "(from " + migration.id() + ") " + review.group(1).strip();
                    pending.add(note);
                    all.add(note);
                } else if (line.strip().startsWith("op.")) {
                    if (!pending.isEmpty()) {
                        notes.put(statement, pending);
                        pending = new ArrayList<>();
                    }
                    statement++;
                }
            }
            if (statement != operations || !pending.isEmpty()) {
                notes.clear();
                if (!all.isEmpty()) {
                    notes.put(0, all);
                }
            }
            String body = code.replaceAll("//[^\\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            int start = body.indexOf("void " + method + "(");
            if (start >= 0 && LOGIC.matcher(body.substring(start)).find()) {
                notes.computeIfAbsent(0, i -> new ArrayList<>()).add(0, "the " + method + "() of " + migration.id() + " (" + migration.origin() + ") has Java logic"
                        + " (a condition, loop or lookup); this squash holds only the operations it recorded when"
                        + " squashed. Check that they are right for every database, or write the logic here again");
            }
            return notes;
        }

        private static String source(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                return "";
            }
        }
    }
}
