package dev.autogen.bench.child;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.exec.ScriptTargetOutputToFile;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Hibernate's schema migrator (what {@code hbm2ddl.auto=update} runs) writing an update script
 * instead of executing it. Arguments: {@code CLASSES_DIR PACKAGE JDBC_URL SCRIPT_FILE}.
 */
public final class HibernateUpdateScript {
    private HibernateUpdateScript() {
    }

    /** Writes the script and reports each step. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        File script = new File(args[3]);
        Files.deleteIfExists(script.toPath());
        URLClassLoader loader = EntityClasses.loader(classes);
        long started = System.nanoTime();
        StandardServiceRegistry registry = HibernateMetadata.registry(loader, HibernateMetadata.connected(args[2]));
        Metadata metadata = Metrics.time("metadata_boot", () -> HibernateMetadata.build(registry, loader, classes, args[1]));
        Metrics.time("schema_migrator", () -> {
            Map<String, Object> settings = new HashMap<>(registry.getService(
                    org.hibernate.engine.config.spi.ConfigurationService.class).getSettings());
            ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
                    ExceptionHandlerHaltImpl.INSTANCE);
            ScriptTargetOutput output = new ScriptTargetOutputToFile(script, "UTF-8");
            TargetDescriptor target = new TargetDescriptor() {
                @Override
                public EnumSet<TargetType> getTargetTypes() {
                    return EnumSet.of(TargetType.SCRIPT);
                }

                @Override
                public ScriptTargetOutput getScriptTargetOutput() {
                    return output;
                }
            };
            registry.getService(SchemaManagementTool.class).getSchemaMigrator(settings)
                    .doMigration(metadata, options, ContributableMatcher.ALL, target);
            return null;
        });
        Metrics.report("total_in_process", Metrics.since(started));
        Metrics.report("script_lines", Files.exists(script.toPath()) ? Files.readAllLines(script.toPath()).size() : 0);
    }
}
