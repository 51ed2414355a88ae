package dev.autogen.database;

import dev.autogen.diff.Change;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.UnmanagedIndex;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.IndexFeatures;
import dev.autogen.runtime.ops.IndexFeatures.Kind;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indexes the entity model cannot express, read from a real PostgreSQL: their whole definition is
 * read, the comparison leaves them alone, and dropping their table then downgrading restores them
 * exactly as {@code pg_get_indexdef} had them.
 */
@Tag("postgres")
class UnmanagedIndexCatalogTest {
    private static final String DEFINITIONS = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'customer'"
            + " ORDER BY indexname";
    private static TestDatabase database;

    @BeforeAll
    static void createSchema() throws Exception {
        database = TestDatabase.create();
        database.execute(
                "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(320), name text, deleted boolean NOT NULL)",
                "CREATE INDEX ix_customer_live ON customer (email) WHERE deleted = false",
                "CREATE INDEX ix_customer_lower ON customer (lower(email))",
                "CREATE INDEX ix_customer_cover ON customer (email) INCLUDE (name)",
                "CREATE INDEX ix_customer_hash ON customer USING hash (email)",
                "CREATE INDEX ix_customer_pattern ON customer (email varchar_pattern_ops)",
                "CREATE INDEX ix_customer_c ON customer (name COLLATE \"C\")",
                "CREATE INDEX ix_customer_nulls ON customer (name NULLS FIRST)",
                "CREATE INDEX ix_customer_name ON customer (name DESC)");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void readsTheWholeDefinitionOfEveryIndexTheModelCannotExpressAndOnlyOfThose() throws Exception {
        Map<String, IndexDef> indexes = new java.util.TreeMap<>();
        read().tables().get("customer").indexes().forEach(i -> indexes.put(i.name(), i));
        for (List<String> row : database.query(DEFINITIONS)) {
            if (row.get(0).equals("customer_pkey")) {
                continue;
            }
            IndexDef index = indexes.get(row.get(0));
            if (row.get(0).equals("ix_customer_name")) {
                assertNull(index.definition(), "a plain descending index is modelled as before");
            } else {
                assertEquals(row.get(1), index.definition(), row.get(0));
            }
        }
        assertEquals(List.of("email"), indexes.get("ix_customer_live").columns());
    }

    @Test
    void readsWhatMakesEachOneUnmodelledFromTheCatalog() throws Exception {
        Map<String, IndexFeatures> features = new java.util.TreeMap<>();
        read().tables().get("customer").indexes().forEach(i -> features.put(i.name(), i.features()));

        assertEquals(new IndexFeatures(Set.of(Kind.PARTIAL), "(deleted = false)", "btree"),
                features.get("ix_customer_live"));
        assertEquals(Set.of(Kind.EXPRESSIONS), features.get("ix_customer_lower").kinds());
        assertEquals(Set.of(Kind.INCLUDE_COLUMNS), features.get("ix_customer_cover").kinds());
        assertEquals(new IndexFeatures(Set.of(Kind.METHOD), null, "hash"), features.get("ix_customer_hash"));
        assertEquals(Set.of(Kind.OPERATOR_CLASS), features.get("ix_customer_pattern").kinds());
        assertEquals(Set.of(Kind.COLLATION), features.get("ix_customer_c").kinds());
        assertEquals(Set.of(Kind.NULLS_ORDER), features.get("ix_customer_nulls").kinds());
        assertEquals(IndexFeatures.NONE, features.get("ix_customer_name"));
    }

    @Test
    void theComparisonLeavesThemAloneAndReportsEach() throws Exception {
        SchemaModel current = read();
        TableModel table = current.tables().get("customer");
        TableModel modelled = new TableModel("customer", table.columns(), table.primaryKey(), List.of(),
                table.indexes().stream().filter(i -> i.name().equals("ix_customer_name")).toList(), List.of(), List.of());
        SchemaModel target = SchemaModel.of(List.of(modelled), List.of());

        assertEquals(List.of(), SchemaDiff.compare(target, current).upgrade());
        List<String> reported = UnmanagedIndex.of(target, current).stream().map(UnmanagedIndex::describe).toList();
        assertEquals(7, reported.size(), reported.toString());
        assertTrue(reported.contains("index ix_customer_live on customer is left alone, unmanaged: partial"
                + " (WHERE (deleted = false)), which the entities cannot express"), reported.toString());
        assertTrue(reported.stream().anyMatch(r -> r.startsWith("index ix_customer_hash on customer is left alone,"
                + " unmanaged: uses method hash")), reported.toString());
        assertTrue(reported.contains("index ix_customer_cover on customer is left alone, unmanaged: has INCLUDE"
                + " columns, which the entities cannot express"), reported.toString());
        assertTrue(reported.contains("index ix_customer_lower on customer is left alone, unmanaged: indexes"
                + " expressions lower(email::text), which the entities cannot express"), reported.toString());
        assertTrue(reported.contains("index ix_customer_c on customer is left alone, unmanaged: has an operator"
                + " class, collation or null order of its own (CREATE INDEX ix_customer_c ON public.customer USING btree"
                + " (name COLLATE \"C\")), which the entities cannot express"), reported.toString());
    }

    @Test
    void droppingTheirTableThenDowngradingRestoresThemExactly() throws Exception {
        database.execute("CREATE TABLE scratch (id bigint PRIMARY KEY, email text, deleted boolean)",
                "CREATE INDEX ix_scratch_live ON scratch (lower(email)) WHERE NOT deleted");
        String before = database.column("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_scratch_live'").get(0);
        SchemaModel current = read();
        SchemaModel target = SchemaModel.of(List.of(current.tables().get("customer")), List.of());
        List<Change> upgrade = SchemaDiff.compare(target, current).upgrade();
        apply(upgrade.stream().map(Change::operation).toList());
        assertEquals(List.of(), database.column("SELECT indexdef FROM pg_indexes WHERE tablename = 'scratch'"));

        List<MigrationOperation> downgrade = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            downgrade.add(upgrade.get(i).operation().reverse());
        }
        apply(downgrade);
        assertEquals(List.of(before),
                database.column("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_scratch_live'"));
    }

    private static void apply(List<MigrationOperation> operations) throws Exception {
        PostgresDialect dialect = new PostgresDialect();
        List<String> sql = new ArrayList<>();
        operations.forEach(op -> sql.addAll(dialect.toSql(op)));
        database.execute(sql);
    }

    private static SchemaModel read() throws Exception {
        try (Connection connection = database.connect()) {
            return new DatabaseReader(List.of()).read(connection);
        }
    }
}
