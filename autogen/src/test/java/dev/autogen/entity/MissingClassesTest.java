package dev.autogen.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MissingClassesTest {
    @Test
    void findsTheMissingClassBehindWrappers() {
        RuntimeException hibernate = new IllegalStateException("Unable to instantiate AttributeConverter",
                new InvocationTargetException(new TypeNotPresentException("com.example.MoneyConverter", null)));

        assertEquals(Optional.of("com.example.MoneyConverter"), MissingClasses.nameOf(hibernate));
        assertEquals(Optional.of("com.example.Status"),
                MissingClasses.nameOf(new NoClassDefFoundError("com/example/Status")));
        assertEquals(Optional.of("com.example.Type"), MissingClasses.nameOf(
                new RuntimeException(new ClassNotFoundException("com.example.Type"))));
    }

    @Test
    void aClassThatFailedToInitializeIsNotMissing() {
        assertEquals(Optional.empty(),
                MissingClasses.nameOf(new NoClassDefFoundError("Could not initialize class com.example.Status")));
        assertEquals(Optional.empty(), MissingClasses.nameOf(new IllegalArgumentException("bad mapping")));
    }
}
