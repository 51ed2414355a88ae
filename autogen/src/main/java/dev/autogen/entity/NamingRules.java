package dev.autogen.entity;

/**
 * How one database stores the names Hibernate renders: how it folds the case of unquoted names,
 * how long a name may be, and the names it derives itself for keys, checks and sequences. The
 * entity reader asks these rules rather than assuming one database's.
 */
public interface NamingRules {

    /** PostgreSQL's rules: unquoted names folded to lower case, names of at most 63 bytes. */
    static NamingRules postgres() {
        return PostgresNamingRules.INSTANCE;
    }

    /**
     * The name the database stores for a name's text as Hibernate renders it, quoted or bare; a name
     * the database would not store as written is refused with {@code what} naming it.
     */
    String storedName(String text, boolean quoted, String what);

    /**
     * The stored name of a name that counts as quoted when wrapped in the quotes Hibernate may write
     * around it.
     */
    String storedNameOfText(String name, String what);

    /** The longest name the database keeps, in the unit {@link #describeMaxLength()} names. */
    int maxLength();

    /** The maximum length in words, such as {@code "63 bytes"}, for messages. */
    String describeMaxLength();

    /** The name the database gives a table's primary key when the mapping names none. */
    String primaryKeyName(String table, String name);

    /** The name the database derives for a constraint or sequence of a table's column, with a label. */
    String defaultConstraintName(String table, String column, String label);

    /**
     * The name the database derives for an unnamed check declared on the table rather than on one
     * column; by default the same as for a column's ({@link #defaultConstraintName} with the one column
     * the check refers to, or {@code null}).
     */
    default String tableCheckName(String table, String referencedColumn, String label) {
        return defaultConstraintName(table, referencedColumn, label);
    }

    /**
     * The name the database derives for an unnamed check declared on a column; by default the same as
     * for a table's ({@link #defaultConstraintName} with the one column the check refers to, or {@code null}).
     */
    default String columnCheckName(String table, String declaringColumn, String referencedColumn, String label) {
        return defaultConstraintName(table, referencedColumn, label);
    }

    /**
     * Whether the names of primary and unique keys share one namespace per schema, as PostgreSQL's
     * do, so that two tables deriving the same key name conflict; {@code false} when they are unique
     * per table only.
     */
    default boolean keyNamesSharedBySchema() {
        return true;
    }
}
