package dev.autogen.diff;

import dev.autogen.dialect.postgres.PostgresComparisonRules;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;

/**
 * What the diff and the entity reader ask of one database when they compare the schema Hibernate wants
 * with the one the catalog reports: the two sides spell the same type, default or expression
 * differently ({@code int4} and {@code integer}, {@code 'x'::character varying} and {@code 'x'}), and
 * only the database's rules tell whether a difference is real. A dialect answers these questions once,
 * through {@code DatabaseDialect.comparisonRules()}; the diff never tests which database it compares.
 *
 * <p>Where the spelling of an expression is not one the rules understand, they take two expressions as
 * the same rather than report a change that is not there: a missed change is caught by the next diff
 * against the database, a false one would be written into every migration.
 */
public interface ComparisonRules {

    /** PostgreSQL's rules, the reference dialect's and the default of the diff. */
    static ComparisonRules postgres() {
        return PostgresComparisonRules.INSTANCE;
    }

    /**
     * A canonical spelling of a SQL type, in which synonyms ({@code int4}, {@code int}, {@code integer})
     * and the catalog's and Hibernate's spellings of one type are equal.
     */
    String canonicalType(String sqlType);

    /** Whether two SQL types are the same once synonyms are taken as equal. */
    default boolean sameType(String a, String b) {
        return canonicalType(a).equals(canonicalType(b));
    }

    /**
     * Whether two column defaults, either of which may be {@code null} for none, are the same; defaults
     * whose spelling the rules do not understand are taken as the same.
     */
    boolean sameDefault(String a, String b);

    /**
     * Whether two check expressions are the same constraint, as far as can be told; expressions whose
     * spelling the rules do not understand are taken as the same.
     */
    boolean sameCheck(String a, String b);

    /** Whether two check expressions are certainly the same: equal spellings, values or normalized forms. */
    boolean equivalentChecks(String a, String b);

    /**
     * A check expression as read from the catalog, in a spelling that the database stores as it stores
     * Hibernate's, so that adding it back (in a downgrade) does not store yet another spelling.
     */
    String recreatableCheck(String expression);

    /** The column and values a check expression restricts it to, when it has one of the recognized shapes. */
    Optional<CheckDomain> checkDomain(String expression);

    /** The domain of the first of the table's checks that restricts the given column, if any does. */
    default Optional<CheckDomain> checkDomainOf(TableModel table, String column) {
        return table.checks().stream().map(c -> checkDomain(c.expression())).flatMap(Optional::stream)
                .filter(d -> d.column().equals(column)).findFirst();
    }

    /**
     * Whether two SQL expressions, such as generation expressions of columns, either of which may be
     * {@code null} for none, are the same; expressions whose spelling the rules do not understand are
     * taken as the same.
     */
    boolean sameExpression(String a, String b);

    /**
     * The column names an expression refers to, among the given ones, in the order given; string
     * literals, function names and the database's quoting taken into account.
     */
    List<String> referencedColumns(String sql, List<String> columnNames);

    /** An expression with every reference to one column replaced by another name, quoted where needed. */
    String renameColumn(String sql, String column, String newName);

    /**
     * Whether values of one type convert to the other only through another representation (text to a
     * number, for instance), so that a default of the old type cannot stay while the type changes.
     */
    boolean familyChanges(String fromType, String toType);

    /**
     * How the values of a column of {@code fromTable} convert to the type of the column of
     * {@code toTable}, in the given direction of the migration: the expression that converts them when
     * the database needs one, and a note for a reviewer when values may not fit, lose precision or
     * change meaning.
     */
    TypeConversion typeConversion(Direction direction, TableModel fromTable, ColumnDef from, TableModel toTable,
                                  ColumnDef to);

    /**
     * Whether changing a column from one type to another, with the given conversion expression or
     * {@code null} for none, makes the database rewrite the table (and rebuild its indexes).
     */
    boolean rewritesTable(String fromType, String toType, String using);

    /** The value that fills the existing rows of a table when a {@code NOT NULL} column without default is added. */
    Backfill backfill(TableModel table, ColumnDef column);

    /**
     * The value that replaces the {@code NULL}s of a column that becomes {@code NOT NULL}: its default
     * if it has one, otherwise the value a new column would get.
     */
    Backfill backfillForNulls(TableModel table, ColumnDef column);

    /**
     * An expression that gives every row its own random uuid as a value of the type (in its canonical
     * spelling, {@link #canonicalType}), for a column that becomes part of a primary key of a table with
     * rows: when the type is a uuid type, or text that holds one. Empty, the default, when the type holds
     * none or the database has no function for it.
     */
    default Optional<String> randomUuid(String canonicalType) {
        return Optional.empty();
    }

    /**
     * The expression that takes the next value of the sequence of that qualified name, for each row it is
     * evaluated for. Empty, the default, when the database has no sequences to number rows with.
     */
    default Optional<String> nextValue(String sequence) {
        return Optional.empty();
    }

    /**
     * The plan's changes, in order, with those to tables that exist already in this database's lock-safe
     * forms ({@link DdlForm#LOCK_SAFE}) and review notes on the ones that have none. By default the plan
     * as it is: the plain forms are the safe ones of a database without online forms of its own.
     */
    default List<Change> lockSafeForms(List<Change> plan) {
        return plan;
    }

    /**
     * A named type of the schema, such as an enum type ({@code schema.name} or unqualified), as a
     * column's type and a statement name it on this database. By default the name as written.
     */
    default String typeReference(String qualifiedTypeName) {
        return qualifiedTypeName;
    }
}
