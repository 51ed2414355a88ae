package dev.autogen.runtime.ops;

/** What a foreign key does when the referenced row is deleted. */
public enum ForeignKeyAction {
    /** Reject the delete at the end of the statement (the default). */
    NO_ACTION("NO ACTION"),
    /** Reject the delete at once. */
    RESTRICT("RESTRICT"),
    /** Delete the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to {@code NULL}. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling of the action. */
    public String sql() {
        return sql;
    }
}
