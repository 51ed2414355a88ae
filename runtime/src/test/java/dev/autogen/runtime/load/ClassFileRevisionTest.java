package dev.autogen.runtime.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.it.chain.V20240101_000001_CreateTodoList;
import dev.autogen.runtime.it.chain.V20240101_000002_CreateTodo;
import dev.autogen.runtime.it.chain.V20240101_000003_AddDone;
import dev.autogen.runtime.it.ctor.V20240301_000002_Broken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-file reader sees the same {@code @Revision} as reflection does, without loading the class. */
class ClassFileRevisionTest {
    @Revision(id = "r2", parents = {"r1a", "r1b"}, message = "merge \u00e9t\u00e9", transactional = false,
            replaces = {"r0a", "r0b"})
    @Deprecated
    static final class Merge implements Runnable, Migration {
        @Override
        public void run() {
        }

        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    abstract static class Base implements Migration {
    }

    @Revision(id = "r3")
    abstract static class Indirect extends Base {
    }

    @Test
    void readsWhatReflectionReads() throws Exception {
        for (Class<?> type : List.of(V20240101_000001_CreateTodoList.class, V20240101_000002_CreateTodo.class,
                V20240101_000003_AddDone.class, V20240301_000002_Broken.class, Merge.class)) {
            Revision revision = type.getAnnotation(Revision.class);
            ClassFileRevision.Header header = ClassFileRevision.read(bytes(type)).orElseThrow();

            assertEquals(type.getName(), header.className());
            assertTrue(header.implementsMigration(), type.getName());
            assertEquals(revision.id(), header.id());
            assertEquals(List.of(revision.parents()), header.parents());
            assertEquals(revision.message(), header.message());
            assertEquals(revision.transactional(), header.transactional());
            assertEquals(List.of(revision.replaces()), header.replaces());
        }
    }

    @Test
    void aClassWithoutRevisionHasNoHeader() throws Exception {
        assertEquals(Optional.empty(), ClassFileRevision.read(bytes(ClassFileRevisionTest.class)));
    }

    @Test
    void aMigrationThroughASuperclassIsNotRecognizedFromItsFileAlone() throws Exception {
        assertFalse(ClassFileRevision.read(bytes(Indirect.class)).orElseThrow().implementsMigration());
    }

    @Test
    void bytesThatAreNotAClassFileAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClassFileRevision.read(new byte[] {1, 2, 3, 4, 5}));
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
