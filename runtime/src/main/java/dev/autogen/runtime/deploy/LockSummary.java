package dev.autogen.runtime.deploy;

import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.dialect.LockMode;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.dialect.StatementLocks;
import dev.autogen.runtime.dialect.TableWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review lines of a migration's locks, one per operation, in aligned columns: the operation,
 * the lock mode held while it does its main work, what that work is and what it blocks, the live
 * row count of its table, and a verdict ({@code RISKY}, {@code REVIEW BY HAND} or nothing).
 *
 * @param locks     the analysis
 * @param rows      the row count of each existing table that could be counted
 * @param estimated whether the counts are the database's estimates ({@code ~}) rather than exact
 */
public record LockSummary(MigrationLocks locks, Map<String, Long> rows, boolean estimated) {
    /** Validates the record. */
    public LockSummary {
        rows = Map.copyOf(rows);
    }

    /** A summary without row counts. */
    public static LockSummary uncounted(MigrationLocks locks) {
        return new LockSummary(locks, Map.of(), false);
    }

    /** The cells of each operation's line: operation, lock, effect, rows, verdict. */
    public List<List<String>> cells() {
        List<List<String>> lines = new ArrayList<>();
        for (OperationLocks operation : locks.operations()) {
            lines.add(List.of(VisibleText.oneLine(operation.operation().describe()), lock(operation), effect(operation),
                    rows(operation), verdict(operation.verdict())));
        }
        return lines;
    }

    /** The lines, each with the given indent, columns aligned, trailing spaces removed. */
    public List<String> lines(String indent) {
        return align(cells(), indent);
    }

    /**
     * The lines as {@link #lines(String)} gives them, with the operation's kind and the verdict
     * coloured in the given style.
     */
    public List<String> lines(String indent, TerminalStyle style) {
        List<List<String>> cells = cells();
        List<String> plain = align(cells, indent);
        List<String> styled = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            String line = plain.get(i);
            String rest = line.substring(indent.length());
            int space = rest.indexOf(' ');
            String kind = space < 0 ? rest : rest.substring(0, space);
            String text = indent + style.kind(kind) + rest.substring(kind.length());
            String verdict = cells.get(i).get(4);
            if (!verdict.isEmpty() && text.endsWith(verdict)) {
                text = text.substring(0, text.length() - verdict.length()) + style.warning(verdict);
            }
            styled.add(text);
        }
        return styled;
    }

    /** Lines of cells in aligned columns, trailing spaces removed. */
    public static List<String> align(List<List<String>> cells, String indent) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), line.get(i).length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder(indent);
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                if (cell.isEmpty() && i > 0) {
                    text.append(" ".repeat(widths.get(i) + 2));
                    continue;
                }
                text.append(cell).append(" ".repeat(widths.get(i) - cell.length() + 2));
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    /** The verdict as the summary writes it. */
    public static String verdict(LockVerdict verdict) {
        return switch (verdict) {
            case RISKY -> "RISKY";
            case UNKNOWN -> "REVIEW BY HAND";
            case SAFE -> "";
        };
    }

    private static String lock(OperationLocks operation) {
        StatementLocks heaviest = operation.heaviest();
        LockMode mode = heaviest == null ? null : heaviest.strongestMode();
        return mode == null ? "-" : mode.sql();
    }

    private static String effect(OperationLocks operation) {
        StatementLocks heaviest = operation.heaviest();
        if (heaviest == null) {
            return "nothing to run";
        }
        LockMode mode = heaviest.strongestMode();
        if (mode == null) {
            return heaviest.work() == TableWork.UNKNOWN ? "unknown" : "no table lock";
        }
        String effect = heaviest.work().label() + ", blocks " + mode.blocked();
        if (!heaviest.work().growsWithTable() && (mode.blocksReads() || mode.blocksWrites())) {
            effect += heaviest.verdict() == LockVerdict.RISKY ? " until commit" : " briefly";
        }
        LockMode strongest = operation.statements().stream().map(StatementLocks::strongestMode)
                .filter(m -> m != null).max(Enum::compareTo).orElse(mode);
        if (strongest.compareTo(mode) > 0) {
            effect += "; " + strongest.sql() + " briefly";
        }
        return effect;
    }

    private String rows(OperationLocks operation) {
        String table = operation.table();
        if (table == null) {
            return "";
        }
        if (locks.newTables().contains(table)) {
            return "new table";
        }
        Long count = rows.get(table);
        return count == null ? "" : VisibleText.oneLine(table) + ": " + (estimated ? "~" : "") + count
                + (count == 1 ? " row" : " rows");
    }
}
