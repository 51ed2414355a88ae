package dev.autogen.bench.child;

import dev.autogen.codegen.GeneratedMigration;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionHeader;
import dev.autogen.database.DatabaseReader;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.schema.SchemaModel;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times autogen's phases in one fresh JVM, in the order a {@code revision} runs them: reading the
 * entity model (scan, Hibernate {@code Metadata} boot, translation), reading the catalog, diffing
 * and writing the class. The first run of each phase is cold; the catalog, diff and code
 * generation are then repeated warm and their median reported too.
 *
 * <p>Arguments: {@code CLASSES_DIR PACKAGE JDBC_URL WARM_REPETITIONS}; the database must hold the
 * model's schema (at head).
 */
public final class AutogenPhases {
    private AutogenPhases() {
    }

    /** Runs the phases and prints one metric line each. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        String packageName = args[1];
        String url = args[2];
        int warm = Integer.parseInt(args[3]);
        URLClassLoader loader = EntityClasses.loader(classes);
        SchemaModel target = Metrics.time("model_read", () ->
                new EntityModelReader(loader, List.of(packageName), Map.of(), classes.toString()).read());
        try (Connection connection = DriverManager.getConnection(url, "postgres", null)) {
            DatabaseReader reader = DatabaseReader.currentSchemaOnly();
            SchemaModel live = Metrics.time("catalog_read_cold", () -> reader.read(connection));
            MigrationPlan atHead = Metrics.time("diff_at_head_cold", () -> SchemaDiff.compare(target, live));
            MigrationPlan fromEmpty = Metrics.time("diff_from_empty_cold", () -> SchemaDiff.compare(target, SchemaModel.empty()));
            RevisionHeader header = new RevisionHeader("20260101_000000", List.of(), "initial schema", LocalDate.of(2026, 1, 1));
            MigrationWriter writer = new MigrationWriter("bench.migrations");
            GeneratedMigration source = Metrics.time("codegen_from_empty_cold", () -> writer.write(header, fromEmpty));
            Metrics.report("pending_operations_at_head", atHead.upgrade().size());
            Metrics.report("operations_from_empty", fromEmpty.upgrade().size());
            Metrics.report("generated_source_kb", source.source().length() / 1024.0);
            double[] catalog = new double[warm];
            double[] diff = new double[warm];
            double[] codegen = new double[warm];
            for (int i = 0; i < warm; i++) {
                long started = System.nanoTime();
                SchemaModel again = reader.read(connection);
                catalog[i] = Metrics.since(started);
                started = System.nanoTime();
                SchemaDiff.compare(target, again);
                MigrationPlan plan = SchemaDiff.compare(target, SchemaModel.empty());
                diff[i] = Metrics.since(started);
                started = System.nanoTime();
                writer.write(header, plan);
                codegen[i] = Metrics.since(started);
            }
            if (warm > 0) {
                Metrics.report("catalog_read_warm", median(catalog));
                Metrics.report("diff_warm", median(diff));
                Metrics.report("codegen_from_empty_warm", median(codegen));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
