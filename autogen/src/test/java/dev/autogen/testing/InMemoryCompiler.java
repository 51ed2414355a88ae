package dev.autogen.testing;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Compiles Java sources held in strings with javax.tools against the test class path. */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** The outcome: success, and the compiler's diagnostics. */
    public record Result(boolean success, String diagnostics) {
    }

    /**
     * Compiles one source.
     *
     * @param qualifiedClassName the class the source declares, e.g. {@code com.example.V1_Init}
     * @param source             the Java source
     * @param outputDirectory    where the class files go
     */
    public static Result compile(String qualifiedClassName, String source, Path outputDirectory) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        }
        Files.createDirectories(outputDirectory);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(
                URI.create("string:///" + qualifiedClassName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                "-d", outputDirectory.toString(), "-proc:none", "-Xlint:all", "-encoding", "UTF-8");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean success = compiler.getTask(null, files, diagnostics, options, null, List.of(file)).call();
            String messages = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            boolean warnings = diagnostics.getDiagnostics().stream()
                    .anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
            return new Result(success && !warnings, messages);
        }
    }
}
