package dev.autogen.runtime.load;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code @Revision} annotation of a migration straight from its class file, without
 * loading the class: with thousands of applied migrations, defining every class only to learn its
 * id and parents cost most of a no-op upgrade. Only the constant pool, the interfaces and the
 * class's annotations are read.
 */
final class ClassFileRevision {
    private static final int MAGIC = 0xCAFEBABE;
    private static final String REVISION = "Ldev/autogen/runtime/Revision;";
    private static final String MIGRATION = "dev/autogen/runtime/Migration";

    /**
     * What the class file says.
     *
     * @param className          the binary class name
     * @param implementsMigration whether the class names {@code Migration} among its own interfaces
     * @param id                 the revision id
     * @param parents            the parent ids
     * @param message            the message
     * @param transactional      whether it runs in one transaction
     * @param replaces           the revisions it squashes
     */
    record Header(String className, boolean implementsMigration, String id, List<String> parents, String message,
                  boolean transactional, List<String> replaces) {
    }

    private final DataInputStream in;
    private Object[] constants;

    private ClassFileRevision(byte[] classFile) {
        this.in = new DataInputStream(new ByteArrayInputStream(classFile));
    }

    /**
     * The header of a class file, empty when the class has no {@code @Revision}.
     *
     * @throws IllegalArgumentException when the bytes are not a class file this reader understands
     */
    static Optional<Header> read(byte[] classFile) {
        try {
            return new ClassFileRevision(classFile).header();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable class file: " + e, e);
        }
    }

    private Optional<Header> header() throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IllegalArgumentException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        readConstantPool();
        in.readUnsignedShort();
        String className = className(in.readUnsignedShort());
        in.readUnsignedShort();
        boolean implementsMigration = false;
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            implementsMigration |= MIGRATION.equals(className(in.readUnsignedShort()));
        }
        skipMembers();
        skipMembers();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (name.equals("RuntimeVisibleAnnotations")) {
                Optional<Header> header = annotations(className.replace('/', '.'), implementsMigration);
                if (header.isPresent()) {
                    return header;
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return Optional.empty();
    }

    private void readConstantPool() throws IOException {
        int count = in.readUnsignedShort();
        constants = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> constants[i] = in.readUTF();
                case 3 -> constants[i] = in.readInt();
                case 4 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> constants[i] = new int[] {in.readUnsignedShort()};
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 15 -> in.skipNBytes(3);
                default -> throw new IllegalArgumentException("constant pool tag " + tag);
            }
        }
    }

    private void skipMembers() throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipNBytes(6);
            int attributes = in.readUnsignedShort();
            for (int j = 0; j < attributes; j++) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt());
            }
        }
    }

    private Optional<Header> annotations(String className, boolean implementsMigration) throws IOException {
        Optional<Header> found = Optional.empty();
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            String type = utf8(in.readUnsignedShort());
            int pairs = in.readUnsignedShort();
            String id = null;
            List<String> parents = List.of();
            String message = "";
            boolean transactional = true;
            List<String> replaces = List.of();
            for (int j = 0; j < pairs; j++) {
                String name = utf8(in.readUnsignedShort());
                Object value = elementValue();
                if (!type.equals(REVISION)) {
                    continue;
                }
                switch (name) {
                    case "id" -> id = (String) value;
                    case "parents" -> parents = strings(value);
                    case "message" -> message = (String) value;
                    case "transactional" -> transactional = ((Integer) value) != 0;
                    case "replaces" -> replaces = strings(value);
                    default -> { }
                }
            }
            if (type.equals(REVISION)) {
                if (id == null) {
                    throw new IllegalArgumentException("@Revision without id");
                }
                found = Optional.of(new Header(className, implementsMigration, id, parents, message, transactional,
                        replaces));
            }
        }
        return found;
    }

    private Object elementValue() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 's', 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> {
                return constants[in.readUnsignedShort()];
            }
            case 'e' -> {
                in.skipNBytes(4);
                return null;
            }
            case '@' -> {
                in.skipNBytes(2);
                int pairs = in.readUnsignedShort();
                for (int i = 0; i < pairs; i++) {
                    in.skipNBytes(2);
                    elementValue();
                }
                return null;
            }
            case '[' -> {
                int count = in.readUnsignedShort();
                List<Object> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(elementValue());
                }
                return values;
            }
            default -> throw new IllegalArgumentException("element value tag " + (char) tag);
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof String single) {
            return List.of(single);
        }
        List<String> result = new ArrayList<>();
        for (Object each : (List<?>) value) {
            result.add((String) each);
        }
        return List.copyOf(result);
    }

    private String utf8(int index) {
        return (String) constants[index];
    }

    private String className(int index) {
        return utf8(((int[]) constants[index])[0]);
    }
}
