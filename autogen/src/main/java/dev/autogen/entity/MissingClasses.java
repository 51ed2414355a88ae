package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognizes a failure to read the entities that comes from a class missing from the class path (an
 * enum, a converter, an embeddable or any type an entity uses), and says which class is missing and
 * which entity needs it.
 */
final class MissingClasses {
    private static final int MAX_CAUSES = 64;

    private MissingClasses() {
    }

    /** The binary name of the missing class behind a failure, if a missing class caused it. */
    static Optional<String> nameOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof NoClassDefFoundError error && error.getMessage() != null
                    && !error.getMessage().startsWith("Could not initialize class")) {
                return Optional.of(error.getMessage().replace('/', '.'));
            }
            if (cause instanceof ClassNotFoundException notFound && notFound.getMessage() != null) {
                return Optional.of(notFound.getMessage());
            }
            if (cause instanceof TypeNotPresentException notPresent) {
                return Optional.of(notPresent.typeName());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Optional.empty();
    }

    /**
     * The error for a missing class: its name, the managed class (and member) that needs it when one
     * of {@code classes} does, and the way out.
     */
    static AutogenException error(String missing, List<Class<?>> classes, String classpathDescription,
                                  Throwable failure) {
        String needer = classes.stream().sorted(Comparator.comparing(MissingClasses::isConverter))
                .map(type -> user(type, missing)).flatMap(Optional::stream).findFirst()
                .map(found -> ", which " + found + " needs,").orElse(", which the entities need,");
        return new AutogenException(ErrorCode.ENTITY_MODEL, "The class " + missing + needer
                + " is not on the class path " + classpathDescription + ". Add the jar or folder that holds it to"
                + " --classpath (for a Maven project, 'mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt'"
                + " writes the class path of its dependencies where autogen takes it in), then run the command again.", failure);
    }

    private static boolean isConverter(Class<?> type) {
        return type.isAnnotationPresent(jakarta.persistence.Converter.class);
    }

    /** Names the class, and where it can tell the member, whose declaration refers to the missing class. */
    static Optional<String> user(Class<?> type, String missing) {
        String kind = isConverter(type) ? "the converter "
                : type.isAnnotationPresent(jakarta.persistence.Embeddable.class) ? "the embeddable "
                : type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class) ? "the mapped superclass "
                : "the entity ";
        String where = kind + type.getName();
        try {
            type.getGenericSuperclass();
            type.getGenericInterfaces();
            touch(type);
        } catch (RuntimeException | LinkageError e) {
            return matches(e, missing) ? Optional.of(where) : Optional.empty();
        }
        Field[] fields;
        Method[] methods;
        try {
            fields = type.getDeclaredFields();
            methods = type.getDeclaredMethods();
        } catch (RuntimeException | LinkageError e) {
            return matches(e, missing) ? Optional.of(where) : Optional.empty();
        }
        for (Field field : fields) {
            try {
                field.getGenericType();
                touch(field);
            } catch (RuntimeException | LinkageError e) {
                if (matches(e, missing)) {
                    return Optional.of(where + " (field " + field.getName() + ")");
                }
            }
        }
        for (Method method : methods) {
            try {
                method.getGenericReturnType();
                method.getGenericParameterTypes();
                touch(method);
            } catch (RuntimeException | LinkageError e) {
                if (matches(e, missing)) {
                    return Optional.of(where + " (method " + method.getName() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Throwable failure, String missing) {
        return nameOf(failure).filter(missing::equals).isPresent();
    }

    /** Reads every value of every annotation, which throws when a value names a missing class. */
    private static void touch(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            for (Method member : annotation.annotationType().getDeclaredMethods()) {
                try {
                    member.invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                }
            }
        }
    }
}
