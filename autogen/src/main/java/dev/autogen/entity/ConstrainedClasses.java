package dev.autogen.entity;

import org.hibernate.mapping.PersistentClass;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds an entity whose fields or getters carry Bean Validation constraint annotations. */
final class ConstrainedClasses {
    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    private static final String HIBERNATE_CONSTRAINTS = "org.hibernate.validator.constraints.";

    private ConstrainedClasses() {
    }

    /** The first entity, by name, with a constrained field or getter, named with that member. */
    static Optional<String> first(Collection<PersistentClass> entities) {
        return entities.stream().map(PersistentClass::getMappedClass).filter(type -> type != null)
                .sorted(Comparator.comparing(Class::getName))
                .map(ConstrainedClasses::constrainedMember).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> constrainedMember(Class<?> entity) {
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                for (Field field : type.getDeclaredFields()) {
                    if (constrained(field)) {
                        return Optional.of(entity.getName() + "." + field.getName());
                    }
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (constrained(method)) {
                        return Optional.of(entity.getName() + "." + method.getName() + "()");
                    }
                }
            } catch (LinkageError unreadable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean constrained(AnnotatedElement member) {
        for (Annotation annotation : member.getDeclaredAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith(CONSTRAINTS) || name.startsWith(HIBERNATE_CONSTRAINTS)) {
                return true;
            }
        }
        return false;
    }
}
