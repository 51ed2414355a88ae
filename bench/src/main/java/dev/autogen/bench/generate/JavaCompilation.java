package dev.autogen.bench.generate;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compiles a folder of generated sources with {@code javax.tools}, against the harness's own class path. */
public final class JavaCompilation {
    private JavaCompilation() {
    }

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}. */
    public static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("The harness needs a JDK: no Java compiler in this runtime.");
        }
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "-nowarn", "-g:none", "--release", "17");
            boolean success = compiler.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            if (!success) {
                throw new IllegalStateException("Generated sources in " + sources + " do not compile: "
                        + diagnostics.getDiagnostics().stream().limit(5).toList());
            }
        }
    }
}
