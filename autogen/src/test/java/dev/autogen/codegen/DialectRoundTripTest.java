package dev.autogen.codegen;

import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java round trip of every operation type on every dialect: each of {@link JavaRenderingCoverageTest}'s
 * samples is written into a migration class as the migration writer writes it for the dialect (its
 * header naming the dialect, {@code @Revision(dialect = ...)} where it is not PostgreSQL), compiled,
 * recorded through the runtime's {@link dev.autogen.runtime.OperationRecorder} and compared with the
 * original; then the dialect's runtime renderer either renders it or refuses it with an
 * {@link AutogenException} that names the operation's table (or the object it works on when it has no
 * table). Which samples a dialect refuses is pinned in {@link #REFUSED}, so that a sample that starts or
 * stops rendering shows here.
 */
class DialectRoundTripTest {
    /**
     * The samples each dialect refuses, as {@code Type#n}: the {@code n}th sample of that type, counted
     * from 1 in {@link JavaRenderingCoverageTest#SAMPLES}. On MariaDB: enum types, renaming a constraint,
     * and every column change in the name form, without the existing column its {@code MODIFY COLUMN}
     * restates; {@code AlterColumnType#3} carries the column but a {@code USING} conversion, which
     * {@code MODIFY} has not; {@code DropColumnExpression#1} because the Java form writes
     * {@code op.dropExpression(table, column)} without the column it carries for its reverse.
     */
    private static final Map<String, Set<String>> REFUSED = Map.of(
            "postgresql", Set.of(),
            "mariadb", Set.of(
                    "CreateEnumType#1", "DropEnumType#1", "AddEnumValue#1", "AddEnumValue#2", "AddEnumValue#3",
                    "ReplaceEnumType#1", "RenameConstraint#1",
                    "AlterColumnType#1", "AlterColumnType#2", "AlterColumnType#3",
                    "AlterColumnNullability#1", "AlterColumnNullability#2", "AlterColumnNullability#3",
                    "AlterColumnComment#1", "AlterColumnComment#2", "SetNotNullViaCheck#1", "SetNotNullViaCheck#2",
                    "AddIdentity#1", "DropIdentity#1", "DropColumnExpression#1"));

    static Stream<String> dialects() {
        return DatabaseDialects.all().stream().map(DatabaseDialect::name);
    }

    @Test
    void everyDialectHasItsRuntimeRendererAndAPinnedRefusalList() {
        assertEquals(new TreeSet<>(dialects().toList()), new TreeSet<>(REFUSED.keySet()), "the refused samples of each dialect");
        DatabaseDialects.all().forEach(dialect -> assertEquals(dialect.name(), dialect.sqlDialect().name()));
    }

    @Test
    void everyOperationTypeHasASample() {
        assertEquals(Set.of(), JavaRenderingCoverageTest.typesWithoutASample(),
                "operation types without a sample in JavaRenderingCoverageTest.SAMPLES: add one there");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void everySampleRoundTripsThroughJavaAndRendersOrIsRefusedByName(String dialect, @TempDir Path dir)
            throws Exception {
        SqlDialect sql = DatabaseDialects.named(dialect).sqlDialect();
        Map<Class<?>, List<MigrationOperation>> recorded = JavaRenderingCoverageTest.renderCompileAndRecord(dir,
                header -> header.withDialect(dialect));
        Set<String> refused = new TreeSet<>();
        JavaRenderingCoverageTest.samplesByType().forEach((type, samples) -> {
            List<MigrationOperation> again = recorded.get(type);
            assertEquals(samples.size(), again.size(), type.getSimpleName() + ": " + again);
            for (int i = 0; i < samples.size(); i++) {
                MigrationOperation original = samples.get(i);
                MigrationOperation copy = again.get(i);
                JavaRenderingCoverageTest.assertRecordsTheOriginal(original, copy);
                String key = type.getSimpleName() + "#" + (i + 1);
                try {
                    List<String> statements = sql.toSql(copy);
                    statements.forEach(s -> assertFalse(s.isBlank(), key + " renders a blank statement"));
                    assertEquals(sql.toSql(original), statements, key + ": " + original.describe());
                } catch (AutogenException e) {
                    String subject = subjectOf(copy);
                    assertTrue(e.getMessage().contains(subject), () -> dialect + " refuses " + key + " without"
                            + " naming " + subject + ": " + e.getMessage());
                    refused.add(key);
                }
            }
        });
        assertEquals(new TreeSet<>(REFUSED.get(dialect)), refused, "the samples " + dialect + " refuses");
    }

    /** The table an operation changes, or, for one without a table, the name of the object it works on. */
    private static String subjectOf(MigrationOperation op) {
        if (op instanceof CreateEnumType create) {
            return create.type().name();
        }
        if (op instanceof ReplaceEnumType replace) {
            return replace.type().name();
        }
        if (op instanceof CreateSequence create) {
            return create.sequence().name();
        }
        if (op instanceof AlterSequence alter) {
            return alter.sequence().name();
        }
        if (op instanceof CreateTable create) {
            return create.definition().name();
        }
        if (op instanceof CreateView create) {
            return create.view().name();
        }
        for (String name : List.of("table", "name")) {
            for (RecordComponent component : op.getClass().getRecordComponents()) {
                if (component.getName().equals(name) && component.getType() == String.class) {
                    try {
                        return (String) component.getAccessor().invoke(op);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalStateException("no table or name in " + op);
    }
}
