package dev.autogen.codegen;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.IndexFeatures;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.runtime.testing.TestCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation type the runtime permits has a Java renderer, and what the rendered statement
 * records when it runs equals the operation it was rendered from: each type's samples are written
 * into a migration class, compiled as a user's build would, run against the {@link OperationRecorder}
 * and compared component by component, with non-default values in every component. A type added to
 * {@link MigrationOperation}'s {@code permits} list without a sample here fails the test.
 *
 * <p>Components that only serve {@link MigrationOperation#reverse()} (the definition a drop carries,
 * an alteration's old value) are not part of a generated statement, since a generated migration
 * writes its downgrade out; those are listed per type in {@link #REVERSE_ONLY}, and the operation's
 * SQL must then still be the same as the original's, so a listed component cannot change what runs.
 */
class JavaRenderingCoverageTest {
    /** The components of each type that only its reverse uses, by type. */
    static final Map<Class<?>, Set<String>> REVERSE_ONLY = Map.ofEntries(
            Map.entry(DropTable.class, Set.of("previous")),
            Map.entry(DropColumn.class, Set.of("previous")),
            Map.entry(DropPrimaryKey.class, Set.of("previous", "usingIndex")),
            Map.entry(DropUnique.class, Set.of("previous", "usingIndex")),
            Map.entry(DropCheck.class, Set.of("previous", "notValid")),
            Map.entry(DropIndex.class, Set.of("previous")),
            Map.entry(DropForeignKey.class, Set.of("previous", "notValid")),
            Map.entry(DropSequence.class, Set.of("previous", "continueAfter")),
            Map.entry(ExecuteSql.class, Set.of("reverseSql")),
            Map.entry(AlterColumnType.class, Set.of("previousType", "reverseUsing")),
            Map.entry(AlterColumnDefault.class, Set.of("previousDefault")),
            Map.entry(AlterColumnComment.class, Set.of("previousComment")),
            Map.entry(AlterTableComment.class, Set.of("previousComment")),
            Map.entry(DropIdentity.class, Set.of("previous")),
            Map.entry(AlterSequence.class, Set.of("previous")),
            Map.entry(AddEnumValue.class, Set.of("previous", "columns")),
            Map.entry(DropEnumType.class, Set.of()),
            Map.entry(DropView.class, Set.of()),
            Map.entry(ReplaceView.class, Set.of()),
            Map.entry(DropColumnExpression.class, Set.of("before")));

    /**
     * Nested components no valid operation of that type can set: a generated column has no default,
     * identity or backfill, the existing column a column change carries is stored without a backfill, and
     * an identity is added to a column that has none.
     */
    private static final Set<String> CANNOT_BE_SET = Set.of("AddColumnExpression.column<ColumnDef>.backfill",
            "AddColumnExpression.column<ColumnDef>.defaultValue", "AddColumnExpression.column<ColumnDef>.identity",
            "AlterColumnType.existing<ColumnDef>.backfill", "AlterColumnNullability.existing<ColumnDef>.backfill",
            "AlterColumnDefault.existing<ColumnDef>.backfill", "AlterColumnComment.existing<ColumnDef>.backfill",
            "AddIdentity.existing<ColumnDef>.backfill", "DropIdentity.existing<ColumnDef>.backfill",
            "SetNotNullViaCheck.existing<ColumnDef>.backfill", "AddIdentity.existing<ColumnDef>.identity");

    private static final ColumnDef FULL_COLUMN = new ColumnDef("code", "varchar(20)", false, "'x'", Identity.ALWAYS,
            "'filled'", "the code");
    private static final ColumnDef OTHER_COLUMN = new ColumnDef("rank", "integer", true, null, Identity.BY_DEFAULT,
            null, null);
    private static final IndexDef INDEX = new IndexDef("ix_todo_rank", List.of("rank", "code"), true,
            List.of(true, false));
    private static final IndexDef VERBATIM_INDEX = new IndexDef("ix_todo_lower", List.of("lower(code)"), false,
            List.of(false), "CREATE INDEX ix_todo_lower ON todo (lower(code)) WHERE NOT done",
            new IndexFeatures(Set.of(IndexFeatures.Kind.PARTIAL, IndexFeatures.Kind.EXPRESSIONS), "(NOT done)", "btree"));
    private static final ColumnDef GENERATED_COLUMN = new ColumnDef("total", "numeric(10,2)", true, null, Identity.NONE,
            null, null, "price * qty");
    /** The column a change carries as it is before the change, for dialects that restate the whole column. */
    private static final ColumnDef EXISTING = new ColumnDef("code", "varchar(20)", true, "'x'", Identity.BY_DEFAULT,
            null, "the code");
    private static final ForeignKeyDef FOREIGN_KEY = new ForeignKeyDef("fk_todo_list", List.of("list_id", "owner"),
            "billing.todo_list", List.of("id", "owner"), ForeignKeyAction.CASCADE);
    private static final UniqueDef UNIQUE = new UniqueDef("uk_todo_code", List.of("code", "rank"));
    private static final PrimaryKeyDef KEY = new PrimaryKeyDef("todo_pk", List.of("id", "code"));
    private static final CheckDef CHECK = new CheckDef("ck_todo_rank", "rank >= 0");
    private static final SequenceDef SEQUENCE = new SequenceDef("billing.todo_seq", 101, 50);
    private static final EnumTypeDef MOOD = new EnumTypeDef("mood", List.of("sad", "ok")).withVarcharCasts();
    private static final EnumTypeDef NEW_MOOD = new EnumTypeDef("mood", List.of("ok", "happy")).withVarcharCasts();
    private static final ViewDef VIEW = new ViewDef("open_todo", "SELECT id,\n    code\n   FROM todo");
    private static final ViewDef OLD_VIEW = new ViewDef("open_todo", "SELECT id FROM todo");

    /** Samples of every type; together they give every component (and nested component) a non-default value. */
    static final List<MigrationOperation> SAMPLES = List.of(
            new CreateTable(new TableDef("billing.todo", List.of(FULL_COLUMN, OTHER_COLUMN), KEY, List.of(UNIQUE),
                    List.of(CHECK))),
            new CreateTable(new TableDef("todo", List.of(OTHER_COLUMN, GENERATED_COLUMN), new PrimaryKeyDef(null, List.of("rank")),
                    List.of(), List.of())),
            new DropTable("billing.todo", new TableDef("billing.todo", List.of(FULL_COLUMN), KEY, List.of(UNIQUE),
                    List.of(CHECK))),
            new AddColumn("todo", FULL_COLUMN),
            new AddColumn("todo", OTHER_COLUMN),
            new AddColumn("todo", GENERATED_COLUMN),
            new DropColumn("todo", "code", FULL_COLUMN),
            new AddPrimaryKey("todo", KEY),
            new DropPrimaryKey("todo", "todo_pk", KEY, true),
            new AddUnique("todo", UNIQUE),
            new DropUnique("todo", "uk_todo_code", UNIQUE, true),
            new AddCheck("todo", CHECK, true),
            new AddCheck("todo", CHECK, false),
            new DropCheck("todo", "ck_todo_rank", CHECK, true),
            new CreateIndex("todo", INDEX, true),
            new CreateIndex("todo", VERBATIM_INDEX, false),
            new DropIndex("todo", "ix_todo_rank", INDEX, true),
            new DropIndex("todo", "ix_todo_rank", INDEX, false),
            new AddForeignKey("todo", FOREIGN_KEY, true),
            new AddForeignKey("todo", FOREIGN_KEY, false),
            new DropForeignKey("todo", "fk_todo_list", FOREIGN_KEY, true),
            new CreateSequence(SEQUENCE, new ContinueAfter("todo", "id")),
            new CreateSequence(SEQUENCE, null),
            new DropSequence("billing.todo_seq", SEQUENCE, new ContinueAfter("todo", "id")),
            new ExecuteSql("UPDATE todo SET code = 'a\"b' WHERE code = '\\n'", "UPDATE todo SET code = '\\n'"),
            new AlterColumnType("todo", "rank", "bigint", "integer", "rank::bigint", "rank::integer"),
            new AlterColumnType("todo", "rank", "bigint", "integer", null, null),
            new AlterColumnType("todo", "code", "text", "varchar(20)", "code::text", null, EXISTING),
            new AlterColumnType("todo", "total", "numeric(12,2)", "numeric(10,2)", null, null, GENERATED_COLUMN),
            new AlterColumnNullability("todo", "code", false, "'none'"),
            new AlterColumnNullability("todo", "code", true, null),
            new AlterColumnNullability("todo", "code", false, null),
            new AlterColumnNullability("todo", "code", false, "'none'", EXISTING),
            new AlterColumnNullability("todo", "code", false, null, EXISTING),
            new AlterColumnNullability("todo", "total", true, null, GENERATED_COLUMN.withNullable(false)),
            new AlterColumnDefault("todo", "code", "'x'", "'y'"),
            new AlterColumnDefault("todo", "code", null, "'y'"),
            new AlterColumnDefault("todo", "code", "'y'", "'x'", EXISTING),
            new AlterColumnDefault("todo", "total", null, null, GENERATED_COLUMN),
            new AddIdentity("todo", "id", Identity.ALWAYS),
            new AddIdentity("todo", "code", Identity.ALWAYS, EXISTING.withIdentity(Identity.NONE)),
            new AddIdentity("todo", "total", Identity.BY_DEFAULT, GENERATED_COLUMN),
            new DropIdentity("todo", "id", Identity.BY_DEFAULT),
            new DropIdentity("todo", "code", Identity.BY_DEFAULT, EXISTING),
            new DropIdentity("todo", "total", Identity.ALWAYS, GENERATED_COLUMN),
            new AlterColumnComment("todo", "code", "the code", "old"),
            new AlterColumnComment("todo", "code", null, "old"),
            new AlterColumnComment("todo", "code", "the new code", "the code", EXISTING),
            new AlterColumnComment("todo", "total", null, null, GENERATED_COLUMN),
            new AlterTableComment("todo", "to do", "old"),
            new RenameTable("todo", "billing.task"),
            new RenameColumn("todo", "code", "label"),
            new RenameConstraint("todo", "uk_todo_code", "uk_todo_label"),
            new RenameIndex("todo", "ix_todo_rank", "ix_todo_position"),
            new RenameSequence("billing.todo_seq", "task_seq"),
            new AlterSequence(SEQUENCE, new SequenceDef("billing.todo_seq", 1, 1)),
            new CreateSchema("billing"),
            new DropSchema("billing"),
            new ValidateConstraint("todo", "ck_todo_rank"),
            new SetNotNullViaCheck("todo", "code", "'none'"),
            new SetNotNullViaCheck("todo", "code", null),
            new SetNotNullViaCheck("todo", "code", "'none'", EXISTING),
            new SetNotNullViaCheck("todo", "total", null, GENERATED_COLUMN),
            new AddUniqueUsingIndex("todo", UNIQUE),
            new AddPrimaryKeyUsingIndex("todo", KEY),
            new CreateEnumType(MOOD),
            new DropEnumType("mood", MOOD),
            new AddEnumValue("mood", "meh", "ok", null, MOOD, List.of(new EnumColumn("todo", "mood"))),
            new AddEnumValue("mood", "meh", null, "sad", MOOD, List.of(new EnumColumn("todo", "mood"))),
            new AddEnumValue("mood", "meh", null, null, MOOD, List.of(new EnumColumn("todo", "mood"))),
            new ReplaceEnumType(MOOD, NEW_MOOD, List.of(new EnumColumn("billing.todo", "mood"),
                    new EnumColumn("todo", "old_mood", "'ok'::mood"))),
            new CreateView(VIEW),
            new DropView("open_todo", OLD_VIEW),
            new DropView("open_todo", OLD_VIEW, true),
            new ReplaceView(VIEW, OLD_VIEW),
            new AddColumnExpression("todo", new ColumnDef("total", "numeric(10,2)", true, null, Identity.NONE, null,
                    "price times quantity", "price * qty")),
            new AddColumnExpression("todo", GENERATED_COLUMN.withNullable(false)),
            new DropColumnExpression("todo", "total", GENERATED_COLUMN));

    private static Map<Class<?>, List<MigrationOperation>> recorded;

    @BeforeAll
    static void renderCompileAndRun(@TempDir Path dir) throws Exception {
        recorded = renderCompileAndRecord(dir, header -> header);
    }

    /**
     * Writes each type's samples into a migration class as {@link MigrationWriter} writes a revision, with the
     * header as {@code dialect} makes it, compiles the classes into {@code dir} and records what each one's
     * upgrade does: the recorded operations by type, in the order of {@link #samplesByType()}.
     */
    static Map<Class<?>, List<MigrationOperation>> renderCompileAndRecord(Path dir,
            UnaryOperator<RevisionHeader> dialect) throws Exception {
        Map<Class<?>, List<MigrationOperation>> byType = samplesByType();
        List<String> sources = new ArrayList<>();
        Map<Class<?>, String> classNames = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, List<MigrationOperation>> entry : byType.entrySet()) {
            List<Change> changes = entry.getValue().stream().map(Change::of).toList();
            GeneratedMigration migration = new MigrationWriter("coverage").write(dialect.apply(new RevisionHeader(
                    "20261202_" + (100000 + sources.size()), List.of(), entry.getKey().getSimpleName(),
                    LocalDate.of(2026, 12, 2))), new MigrationPlan(changes));
            sources.add(migration.source());
            classNames.put(entry.getKey(), "coverage." + migration.className());
        }
        List<String> errors = TestCompiler.compile(dir.resolve("src"), dir.resolve("classes"), StandardCharsets.UTF_8,
                List.of(), sources.toArray(String[]::new));
        assertEquals(List.of(), errors, () -> String.join("\n\n", sources));
        Map<Class<?>, List<MigrationOperation>> upgrades = new LinkedHashMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.resolve("classes").toUri().toURL()},
                JavaRenderingCoverageTest.class.getClassLoader())) {
            for (Map.Entry<Class<?>, String> entry : classNames.entrySet()) {
                Migration migration = (Migration) loader.loadClass(entry.getValue()).getDeclaredConstructor().newInstance();
                upgrades.put(entry.getKey(), OperationRecorder.upgradeOf(migration));
            }
        }
        return upgrades;
    }

    @Test
    void everyPermittedOperationTypeHasASample() {
        assertEquals(Set.of(), typesWithoutASample(), "operation types without a sample here: add one with non-default values"
                + " in every component, and list its reverse-only components in REVERSE_ONLY");
    }

    @Test
    void theSamplesGiveEveryComponentANonDefaultValue() {
        Set<String> uncovered = new TreeSet<>();
        samplesByType().forEach((type, samples) -> uncovered(type.getSimpleName(), new ArrayList<>(samples),
                REVERSE_ONLY.getOrDefault(type, Set.of()), uncovered));
        uncovered.removeAll(CANNOT_BE_SET);
        assertEquals(Set.of(), uncovered, "components that no sample sets to a non-default value");
    }

    @Test
    void everyRenderedOperationRecordsTheOriginal() {
        PostgresDialect dialect = new PostgresDialect();
        samplesByType().forEach((type, samples) -> {
            List<MigrationOperation> again = recorded.get(type);
            assertEquals(samples.size(), again.size(), type.getSimpleName() + ": " + again);
            for (int i = 0; i < samples.size(); i++) {
                MigrationOperation original = samples.get(i);
                MigrationOperation copy = again.get(i);
                assertRecordsTheOriginal(original, copy);
                assertEquals(dialect.toSql(original), dialect.toSql(copy), original.describe());
            }
        });
    }

    @Test
    void theReverseOnlyListNamesRealComponents() {
        REVERSE_ONLY.forEach((type, names) -> {
            Set<String> components = new TreeSet<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> components.add(c.getName()));
            assertTrue(components.containsAll(names), type.getSimpleName() + " has no component among " + names);
        });
    }

    /**
     * Asserts that the recorded copy is of the original's type and equals it in every component that a
     * generated statement writes (all but the type's {@link #REVERSE_ONLY} ones).
     */
    static void assertRecordsTheOriginal(MigrationOperation original, MigrationOperation copy) {
        Class<?> type = original.getClass();
        assertEquals(type, copy.getClass(), original.describe());
        Set<String> reverseOnly = REVERSE_ONLY.getOrDefault(type, Set.of());
        for (RecordComponent component : type.getRecordComponents()) {
            if (!reverseOnly.contains(component.getName())) {
                assertEquals(value(component, original), value(component, copy),
                        type.getSimpleName() + "." + component.getName() + " of " + original);
            }
        }
    }

    /** The simple names of the types {@link MigrationOperation} permits that no sample is of. */
    static Set<String> typesWithoutASample() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : MigrationOperation.class.getPermittedSubclasses()) {
            if (SAMPLES.stream().noneMatch(sample -> sample.getClass() == type)) {
                missing.add(type.getSimpleName());
            }
        }
        return missing;
    }

    /** The samples grouped by operation type, types in the order of their first sample. */
    static Map<Class<?>, List<MigrationOperation>> samplesByType() {
        Map<Class<?>, List<MigrationOperation>> byType = new LinkedHashMap<>();
        SAMPLES.forEach(sample -> byType.computeIfAbsent(sample.getClass(), t -> new ArrayList<>()).add(sample));
        return byType;
    }

    /**
     * Adds the components that none of the values (records of one type) sets to a non-default value;
     * the parts of a reverse-only component need not be covered, since they are not rendered.
     */
    private static void uncovered(String path, List<Object> values, Set<String> reverseOnly, Set<String> uncovered) {
        Class<?> type = values.get(0).getClass();
        for (RecordComponent component : type.getRecordComponents()) {
            List<Object> set = values.stream().map(v -> value(component, v)).filter(JavaRenderingCoverageTest::nonDefault)
                    .toList();
            String where = path + "." + component.getName();
            if (set.isEmpty()) {
                uncovered.add(where);
                continue;
            }
            if (reverseOnly.contains(component.getName())) {
                continue;
            }
            List<Object> nested = new ArrayList<>();
            for (Object value : set) {
                if (value instanceof Collection<?> items) {
                    nested.addAll(items);
                } else {
                    nested.add(value);
                }
            }
            Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
            nested.stream().filter(v -> v.getClass().isRecord())
                    .forEach(v -> byType.computeIfAbsent(v.getClass(), t -> new ArrayList<>()).add(v));
            byType.forEach((nestedType, items) -> uncovered(where + "<" + nestedType.getSimpleName() + ">", items,
                    Set.of(), uncovered));
        }
    }

    private static boolean nonDefault(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof Long number && number == 1L) && !(value instanceof String s && s.isEmpty())
                && value != Identity.NONE && value != ForeignKeyAction.NO_ACTION
                && !(value instanceof Collection<?> flags && flags.stream().allMatch(Boolean.FALSE::equals));
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
