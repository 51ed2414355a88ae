package dev.autogen.runtime.dialect;

/** What a statement does to the rows of a table while it holds its lock, cheapest first. */
public enum TableWork {
    /** Changes only the catalog: done in milliseconds, whatever the table's size. */
    CATALOG("catalog only"),
    /** Reads rows, such as {@code max(id)}: an index lookup when the column is indexed, else a scan. */
    READ("reads"),
    /** Writes the rows that a {@code WHERE} clause selects, locking them until commit. */
    WRITES_SOME_ROWS("writes rows"),
    /** Reads every row, to build an index or check a constraint. */
    SCAN("scans"),
    /** Writes every row, locking each one until commit. */
    WRITES_ALL_ROWS("writes all rows"),
    /** Writes a new copy of the table and its indexes. */
    REWRITE("rewrites"),
    /** A statement not recognised: it must be reviewed by hand. */
    UNKNOWN("unknown");

    private final String label;

    TableWork(String label) {
        this.label = label;
    }

    /** Whether the time it takes grows with the table's size. */
    public boolean growsWithTable() {
        return this == SCAN || this == WRITES_ALL_ROWS || this == REWRITE || this == WRITES_SOME_ROWS;
    }

    /** A few words for the summary, e.g. {@code rewrites}. */
    public String label() {
        return label;
    }
}
