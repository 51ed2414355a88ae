package dev.autogen.dialect.mariadb;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.CheckDomain;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's comparison rules: its type synonyms ({@link MariaDbTypes#canonical}), its spellings of defaults
 * and checks ({@link MariaDbExpressions}), {@code MODIFY COLUMN}'s own conversions and the changes that copy
 * the table. An expression using anything beyond names, literals, comparisons, {@code and}/{@code or}/
 * {@code not}, {@code between}, {@code in}, {@code is null} and a few functions the server keeps as written is
 * not understood, and two such expressions are taken as the same.
 */
public final class MariaDbComparisonRules implements ComparisonRules {
    private static final Pattern UUID_TEXT = Pattern.compile("(?:var)?char\\((\\d+)\\)");
    private static final int UUID_TEXT_LENGTH = 36;

    /** The one instance; the rules hold no state. */
    public static final MariaDbComparisonRules INSTANCE = new MariaDbComparisonRules();

    private static final Set<String> UNDERSTOOD_WORDS = Set.of("and", "or", "not", "is", "null", "in", "between",
            "true", "false", "json_valid(", "lower(", "upper(");
    private static final Pattern IN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*) in \\((.*)\\)$");
    private static final Pattern BETWEEN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*) between (-?[0-9.]+) and (-?[0-9.]+)$");
    private static final Pattern RANGE = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_$]*) >= (-?[0-9.]+) and ([A-Za-z_][A-Za-z0-9_$]*) <= (-?[0-9.]+)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private MariaDbComparisonRules() {
    }

    @Override
    public String canonicalType(String sqlType) {
        return MariaDbTypes.canonical(sqlType);
    }

    @Override
    public boolean sameDefault(String a, String b) {
        String left = MariaDbExpressions.canonicalDefault(a);
        String right = MariaDbExpressions.canonicalDefault(b);
        if (left == null || right == null) {
            return left == null && right == null;
        }
        if (NUMBER.matcher(left).matches() && NUMBER.matcher(right).matches()) {
            return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
        }
        return left.equals(right) || !(understood(left) && understood(right));
    }

    @Override
    public boolean sameCheck(String a, String b) {
        return equivalentChecks(a, b) || !(understood(a) && understood(b));
    }

    @Override
    public boolean equivalentChecks(String a, String b) {
        if (MariaDbExpressions.canonicalCheck(a).equals(MariaDbExpressions.canonicalCheck(b))) {
            return true;
        }
        Optional<CheckDomain> left = checkDomain(a);
        Optional<CheckDomain> right = checkDomain(b);
        return left.isPresent() && right.isPresent() && left.get().sameValues(right.get());
    }

    /** The check as the catalog reader gives it: MariaDB stores it again in the same words. */
    @Override
    public String recreatableCheck(String expression) {
        return MariaDbExpressions.checkClause(expression);
    }

    @Override
    public Optional<CheckDomain> checkDomain(String expression) {
        String text = MariaDbExpressions.canonicalCheck(expression);
        Matcher in = IN.matcher(text);
        if (in.matches()) {
            return Optional.of(new CheckDomain(in.group(1), values(in.group(2)), false));
        }
        Matcher between = BETWEEN.matcher(text);
        if (between.matches()) {
            return Optional.of(new CheckDomain(between.group(1), List.of(between.group(2), between.group(3)), true));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches() && range.group(1).equals(range.group(3))) {
            return Optional.of(new CheckDomain(range.group(1), List.of(range.group(2), range.group(4)), true));
        }
        return Optional.empty();
    }

    @Override
    public boolean sameExpression(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return MariaDbExpressions.canonicalCheck(a).equals(MariaDbExpressions.canonicalCheck(b))
                || !(understood(a) && understood(b));
    }

    @Override
    public List<String> referencedColumns(String sql, List<String> columnNames) {
        return MariaDbSqlNames.referencedColumns(sql, columnNames);
    }

    @Override
    public String renameColumn(String sql, String column, String newName) {
        return MariaDbSqlNames.renameColumn(sql, column, newName);
    }

    @Override
    public boolean familyChanges(String fromType, String toType) {
        return MariaDbTypeChanges.familyChanges(fromType, toType);
    }

    @Override
    public TypeConversion typeConversion(Direction direction, TableModel fromTable, ColumnDef from,
                                         TableModel toTable, ColumnDef to) {
        return MariaDbTypeChanges.convert(direction, toTable.name() + "." + to.name(), from, to);
    }

    /** Whether the change copies the table; MariaDB needs no conversion expression, so {@code using} is ignored. */
    @Override
    public boolean rewritesTable(String fromType, String toType, String using) {
        return MariaDbTypeChanges.rewrites(fromType, toType);
    }

    @Override
    public Backfill backfill(TableModel table, ColumnDef column) {
        return MariaDbBackfills.choose(table, column);
    }

    @Override
    public Backfill backfillForNulls(TableModel table, ColumnDef column) {
        return MariaDbBackfills.chooseForNulls(table, column);
    }

    /** Whether the expression uses only what the server keeps as written, so that its canonical form decides. */
    static boolean understood(String expression) {
        return MariaDbSqlNames.words(MariaDbExpressions.canonicalCheck(expression)).stream()
                .allMatch(word -> UNDERSTOOD_WORDS.contains(word) || !word.endsWith("("));
    }

    private static List<String> values(String list) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inLiteral = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (c == ',' && !inLiteral) {
                values.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            values.add(current.toString().strip());
        }
        return values.stream().filter(Objects::nonNull).toList();
    }

    /** {@code uuid()}, which gives text that MariaDB's {@code uuid} type and any text of 36 characters take. */
    @Override
    public Optional<String> randomUuid(String canonicalType) {
        Matcher length = UUID_TEXT.matcher(canonicalType);
        boolean fits = canonicalType.equals("uuid") || canonicalType.matches("(?:tiny|medium|long)?text")
                || length.matches() && Integer.parseInt(length.group(1)) >= UUID_TEXT_LENGTH;
        return fits ? Optional.of("uuid()") : Optional.empty();
    }

    /** {@code NEXTVAL(`name`)}, which a column default may call. */
    @Override
    public Optional<String> nextValue(String sequence) {
        return Optional.of("NEXTVAL(" + MariaDbIdentifiers.quoteQualified(sequence) + ")");
    }
}
