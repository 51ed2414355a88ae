package dev.autogen.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes N trivial migrations as Java classes for autogen and the same N for Flyway, each running
 * one statement: {@code SELECT 1} (kind {@code select}) or creating a one-column table (kind
 * {@code ddl}). autogen's form a single chain of revisions, Flyway's are versions 1 to N.
 */
public final class MigrationClassGenerator {
    private MigrationClassGenerator() {
    }

    /** The package of autogen's migrations of a kind and count. */
    public static String autogenPackage(String kind, int count) {
        return "bench.rt.autogen." + kind + count;
    }

    /** The package of Flyway's migrations of a kind and count. */
    public static String flywayPackage(String kind, int count) {
        return "bench.rt.flyway." + kind + count;
    }

    /** Writes both sets under {@code sources}. */
    public static void write(Path sources, String kind, int count) throws IOException {
        Path autogen = packageDir(sources, autogenPackage(kind, count));
        Path flyway = packageDir(sources, flywayPackage(kind, count));
        for (int i = 1; i <= count; i++) {
            String sql = dev.autogen.bench.child.TrivialMigrationSql.of(kind, i);
            String id = revision(i);
            String parents = i == 1 ? "" : ", parents = \"" + revision(i - 1) + "\"";
            Files.writeString(autogen.resolve("V" + id + ".java"), "package " + autogenPackage(kind, count) + ";\n\n"
                    + "@dev.autogen.runtime.Revision(id = \"" + id + "\"" + parents + ", message = \"trivial " + i + "\")\n"
                    + "public final class V" + id + " implements dev.autogen.runtime.Migration {\n"
                    + "    @Override public void upgrade(dev.autogen.runtime.Operations op) { op.execute(\"" + sql + "\"); }\n"
                    + "    @Override public void downgrade(dev.autogen.runtime.Operations op) { }\n}\n");
            Files.writeString(flyway.resolve("V" + i + "__Trivial.java"), "package " + flywayPackage(kind, count) + ";\n\n"
                    + "public final class V" + i + "__Trivial extends org.flywaydb.core.api.migration.BaseJavaMigration {\n"
                    + "    @Override public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {\n"
                    + "        try (java.sql.Statement statement = context.getConnection().createStatement()) {\n"
                    + "            statement.execute(\"" + sql + "\");\n        }\n    }\n}\n");
        }
    }

    private static Path packageDir(Path sources, String packageName) throws IOException {
        Path dir = sources.resolve(packageName.replace('.', '/'));
        Files.createDirectories(dir);
        return dir;
    }

    private static String revision(int i) {
        return String.format(Locale.ROOT, "%06d", i);
    }
}
