package dev.autogen.dialect.postgres;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.Change;
import dev.autogen.diff.CheckDomain;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.CurrentSchema;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's comparison rules: its type synonyms, the spellings its catalog gives defaults and
 * checks ({@code 'x'::character varying}, {@code = ANY (ARRAY[...])}), its {@code USING} casts and the
 * type changes that rewrite a table.
 */
public final class PostgresComparisonRules implements ComparisonRules {
    private static final Pattern VARCHAR_LENGTH = Pattern.compile("(?:varchar|character varying|char|character)\\((\\d+)\\)");
    private static final int UUID_TEXT_LENGTH = 36;

    /** The one instance; the rules hold no state. */
    public static final PostgresComparisonRules INSTANCE = new PostgresComparisonRules();

    private PostgresComparisonRules() {
    }

    @Override
    public String canonicalType(String sqlType) {
        return PostgresTypes.canonical(sqlType);
    }

    @Override
    public boolean sameDefault(String a, String b) {
        return DefaultExpressions.same(a, b);
    }

    @Override
    public boolean sameCheck(String a, String b) {
        return CheckExpressions.same(a, b);
    }

    @Override
    public boolean equivalentChecks(String a, String b) {
        return CheckExpressions.equivalent(a, b);
    }

    @Override
    public String recreatableCheck(String expression) {
        return CheckExpressions.recreatable(expression);
    }

    @Override
    public Optional<CheckDomain> checkDomain(String expression) {
        return CheckExpressions.domain(expression);
    }

    @Override
    public boolean sameExpression(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        SqlExpressions.Normalized left = SqlExpressions.normalize(a);
        SqlExpressions.Normalized right = SqlExpressions.normalize(b);
        return Objects.equals(left.text(), right.text()) || !(left.understood() && right.understood());
    }

    @Override
    public List<String> referencedColumns(String sql, List<String> columnNames) {
        return SqlExpressions.referencedColumns(sql, columnNames);
    }

    @Override
    public String renameColumn(String sql, String column, String newName) {
        return SqlExpressions.renameColumn(sql, column, newName);
    }

    @Override
    public boolean familyChanges(String fromType, String toType) {
        return TypeChanges.familyChanges(fromType, toType);
    }

    @Override
    public TypeConversion typeConversion(Direction direction, TableModel fromTable, ColumnDef from,
                                         TableModel toTable, ColumnDef to) {
        return TypeChanges.convert(direction, fromTable, from, toTable, to);
    }

    @Override
    public boolean rewritesTable(String fromType, String toType, String using) {
        return TypeRewrites.rewrites(fromType, toType, using);
    }

    @Override
    public Backfill backfill(TableModel table, ColumnDef column) {
        return BackfillPolicy.choose(table, column);
    }

    @Override
    public Backfill backfillForNulls(TableModel table, ColumnDef column) {
        return BackfillPolicy.chooseForNulls(table, column);
    }

    /**
     * Indexes built and dropped {@code CONCURRENTLY}, foreign keys and checks added {@code NOT VALID} and
     * validated, {@code NOT NULL} through a validated check, uniques and primary keys over an index built
     * concurrently; notes on the rewrites under {@code ACCESS EXCLUSIVE}.
     */
    @Override
    public List<Change> lockSafeForms(List<Change> plan) {
        return LockSafeForms.apply(this, plan);
    }

    /** Quoted where PostgreSQL needs it, as {@code format_type} spells a column of the type. */
    @Override
    public String typeReference(String qualifiedTypeName) {
        return PostgresIdentifiers.quoteQualified(qualifiedTypeName);
    }

    /** {@code gen_random_uuid()}, cast to text for a text type of 36 characters or more. */
    @Override
    public Optional<String> randomUuid(String canonicalType) {
        if (canonicalType.equals("uuid")) {
            return Optional.of("gen_random_uuid()");
        }
        return fitsUuidText(canonicalType) ? Optional.of("gen_random_uuid()::text") : Optional.empty();
    }

    /** {@code nextval('name'::regclass)}, as the catalog spells a serial column's default. */
    @Override
    public Optional<String> nextValue(String sequence) {
        return Optional.of(CurrentSchema.nextval(sequence));
    }

    private static boolean fitsUuidText(String type) {
        if (type.equals("text") || type.equals("varchar") || type.equals("character varying")) {
            return true;
        }
        Matcher length = VARCHAR_LENGTH.matcher(type);
        return length.matches() && Integer.parseInt(length.group(1)) >= UUID_TEXT_LENGTH;
    }
}
