package dev.autogen.diff;

import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;

/** Comparison rules that answer as PostgreSQL's, for tests to override the questions they are about. */
public class ForwardingComparisonRules implements ComparisonRules {
    private final ComparisonRules postgres = ComparisonRules.postgres();

    @Override
    public String canonicalType(String sqlType) {
        return postgres.canonicalType(sqlType);
    }

    @Override
    public boolean sameDefault(String a, String b) {
        return postgres.sameDefault(a, b);
    }

    @Override
    public boolean sameCheck(String a, String b) {
        return postgres.sameCheck(a, b);
    }

    @Override
    public boolean equivalentChecks(String a, String b) {
        return postgres.equivalentChecks(a, b);
    }

    @Override
    public String recreatableCheck(String expression) {
        return postgres.recreatableCheck(expression);
    }

    @Override
    public Optional<CheckDomain> checkDomain(String expression) {
        return postgres.checkDomain(expression);
    }

    @Override
    public boolean sameExpression(String a, String b) {
        return postgres.sameExpression(a, b);
    }

    @Override
    public List<String> referencedColumns(String sql, List<String> columnNames) {
        return postgres.referencedColumns(sql, columnNames);
    }

    @Override
    public String renameColumn(String sql, String column, String newName) {
        return postgres.renameColumn(sql, column, newName);
    }

    @Override
    public boolean familyChanges(String fromType, String toType) {
        return postgres.familyChanges(fromType, toType);
    }

    @Override
    public TypeConversion typeConversion(Direction direction, TableModel fromTable, ColumnDef from,
                                         TableModel toTable, ColumnDef to) {
        return postgres.typeConversion(direction, fromTable, from, toTable, to);
    }

    @Override
    public boolean rewritesTable(String fromType, String toType, String using) {
        return postgres.rewritesTable(fromType, toType, using);
    }

    @Override
    public Backfill backfill(TableModel table, ColumnDef column) {
        return postgres.backfill(table, column);
    }

    @Override
    public Backfill backfillForNulls(TableModel table, ColumnDef column) {
        return postgres.backfillForNulls(table, column);
    }
}
