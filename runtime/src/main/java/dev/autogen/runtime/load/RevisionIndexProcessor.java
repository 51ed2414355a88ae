package dev.autogen.runtime.load;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the {@link RevisionIndex} of every package that holds {@link Revision} classes while javac
 * compiles them. javac finds it on the class path by itself (on JDK 23 and later, pass
 * {@code -proc:full} or list the runtime jar among the annotation processor paths). Without the
 * index, migrations still load, from their class files, only more slowly. A class that carries
 * {@code @Revision} without implementing {@link Migration} is a compile error.
 */
@SupportedAnnotationTypes("dev.autogen.runtime.Revision")
public final class RevisionIndexProcessor extends AbstractProcessor {
    private final Map<String, Map<String, RevisionIndex.Entry>> packages = new TreeMap<>();
    private final Map<String, List<Element>> originatingElements = new TreeMap<>();

    /** Created by javac through the service loader. */
    public RevisionIndexProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(Revision.class)) {
            if (element.getKind() == ElementKind.CLASS && element.getEnclosingElement() instanceof PackageElement pkg) {
                add(pkg.getQualifiedName().toString(), (TypeElement) element);
            }
        }
        if (round.processingOver()) {
            packages.forEach(this::write);
        }
        return false;
    }

    private void add(String packageName, TypeElement type) {
        if (!implementsMigration(type)) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, type.getQualifiedName()
                    + " carries @Revision but does not implement " + Migration.class.getName()
                    + ". Implement it, or remove the annotation.", type);
            return;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return;
        }
        Revision revision = type.getAnnotation(Revision.class);
        String simpleName = type.getSimpleName().toString();
        packages.computeIfAbsent(packageName, p -> new TreeMap<>()).put(simpleName, new RevisionIndex.Entry(
                simpleName, revision.id(), List.of(revision.parents()), revision.message(), revision.transactional(),
                sourceDigest(type), List.of(revision.replaces())));
        originatingElements.computeIfAbsent(packageName, p -> new ArrayList<>()).add(type);
    }

    private boolean implementsMigration(TypeElement type) {
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(Migration.class.getName());
        if (migration == null) {
            return true;
        }
        TypeMirror erased = processingEnv.getTypeUtils().erasure(type.asType());
        return processingEnv.getTypeUtils().isAssignable(erased, migration.asType());
    }

    private String sourceDigest(TypeElement type) {
        try {
            TreePath path = Trees.instance(processingEnv).getPath(type);
            return path == null ? null : SourceDigests.of(path.getCompilationUnit().getSourceFile().getCharContent(true));
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return null;
        }
    }

    private void write(String packageName, Map<String, RevisionIndex.Entry> entries) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, packageName,
                    RevisionIndex.FILE_NAME, originatingElements.get(packageName).toArray(Element[]::new));
            try (OutputStream out = file.openOutputStream()) {
                out.write(RevisionIndex.write(entries.values()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "autogen could not write the revision"
                    + " index of " + packageName + " (" + e.getMessage() + "); its migrations load more slowly.");
        }
    }
}
