package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.diff.Change;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a list of changes as method bodies, each small enough for the JVM's 64 KB limit on a
 * method's bytecode: a large plan, such as the first revision of a model of a thousand entities,
 * is cut into several bodies at statement boundaries. Nearly every plan fits in one.
 */
final class MethodBodies {
    /**
     * The most characters of operation text ({@code toString()} of the operation records, longer
     * than the Java that renders them and much cheaper to get) in one body; the bytecode of a body
     * stays well under half of it.
     */
    static final int MAX_SOURCE_CHARS = 60_000;

    private MethodBodies() {
    }

    /** The bodies, in order; one (possibly empty) when the statements fit in a single method. */
    static List<CodeBlock> render(JavaOperationRenderer renderer, List<Change> changes) {
        List<CodeBlock> bodies = new ArrayList<>();
        CodeBlock.Builder body = CodeBlock.builder();
        int size = 0;
        for (Change change : changes) {
            CodeBlock.Builder statement = CodeBlock.builder();
            if (change.review() != null) {
                change.review().lines().forEach(line -> statement.add("// REVIEW: $L\n", JavaText.lineComment(line)));
            }
            statement.addStatement("$L", renderer.render(change.operation()));
            CodeBlock code = statement.build();
            int length = change.operation().toString().length();
            if (size > 0 && size + length > MAX_SOURCE_CHARS) {
                bodies.add(body.build());
                body = CodeBlock.builder();
                size = 0;
            }
            body.add(code);
            size += length;
        }
        bodies.add(body.build());
        return bodies;
    }
}
