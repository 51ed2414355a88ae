package dev.autogen.runtime.testing;

import dev.autogen.runtime.load.RevisionIndexProcessor;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles Java sources the way a user's build does, with the runtime's revision index processor. */
public final class TestCompiler {
    private TestCompiler() {
    }

    /**
     * Writes each source to {@code src} (named after its first class) and compiles them into
     * {@code classes}, against the test class path and {@code extraClasspath}; returns the error messages.
     */
    public static List<String> compile(Path src, Path classes, Charset encoding, List<Path> extraClasspath,
                                       String... sources) throws IOException {
        Files.createDirectories(src);
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            String name = source.substring(source.indexOf("class ") + 6).split("[ {]")[0];
            files.add(Files.writeString(src.resolve(name + ".java"), source, encoding));
        }
        String processorPath = System.getProperty("java.class.path");
        StringBuilder classpath = new StringBuilder(processorPath);
        extraClasspath.forEach(entry -> classpath.append(File.pathSeparator).append(entry));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, encoding)) {
            compiler.getTask(null, manager, diagnostics, List.of("-classpath", classpath.toString(), "-processorpath",
                    processorPath, "-processor", RevisionIndexProcessor.class.getName(), "-encoding", encoding.name(),
                    "-d", classes.toString()), null, manager.getJavaFileObjectsFromPaths(files)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }
}
