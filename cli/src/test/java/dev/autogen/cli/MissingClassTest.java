package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A class that an entity uses but that is missing from {@code --classpath} is a mapping error (exit
 * 8) naming the class and the entity, never exit 1 (which {@code check} keeps for pending changes)
 * and never a stack trace.
 */
@Tag("postgres")
class MissingClassTest {
    private static final String PACKAGE = "dev.autogen.it.missing";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Cli cli;
    private Path classes;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        classes = dir.resolve("classes");
        compile(Map.of(
                "Status", "public enum Status { OPEN, DONE }",
                "Money", "public record Money(long cents) { }",
                "MoneyConverter", "@jakarta.persistence.Converter public class MoneyConverter"
                        + " implements jakarta.persistence.AttributeConverter<Money, Long> {"
                        + " public Long convertToDatabaseColumn(Money m) { return m == null ? null : m.cents(); }"
                        + " public Money convertToEntityAttribute(Long c) { return c == null ? null : new Money(c); } }",
                "Address", "@jakarta.persistence.Embeddable public class Address { String street; String city; }",
                "Ticket", "@jakarta.persistence.Entity public class Ticket { @jakarta.persistence.Id Long id;"
                        + " @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) Status status;"
                        + " @jakarta.persistence.Convert(converter = MoneyConverter.class) Money price;"
                        + " @jakarta.persistence.Embedded Address address; }",
                "Base", "@jakarta.persistence.MappedSuperclass public class Base { @jakarta.persistence.Id Long id; }",
                "Note", "@jakarta.persistence.Entity public class Note extends Base { String text; }"));
        cli = new Cli(dir)
                .env("AUTOGEN_URL", database.url())
                .env("AUTOGEN_USER", TestDatabase.USER)
                .env("AUTOGEN_CLASSPATH", classes.toString())
                .env("AUTOGEN_ENTITIES", PACKAGE);
        assertEquals(0, cli.run("init").exitCode());
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void withEveryClassPresentTheModelIsRead() {
        CliResult result = cli.run("check");

        assertEquals(1, result.exitCode(), "pending changes: " + result);
    }

    @ParameterizedTest(name = "a missing {0}")
    @CsvSource({
        "enum,                       Status,         the entity " + PACKAGE + ".Ticket",
        "converter,                  MoneyConverter, the entity " + PACKAGE + ".Ticket (field price)",
        "value type of a converter,  Money,          the entity " + PACKAGE + ".Ticket",
        "embeddable,                 Address,        the entity " + PACKAGE + ".Ticket"
    })
    void aMissingClassIsNamedWithTheEntityThatNeedsIt(String kind, String simpleName, String needer) throws IOException {
        assertMissing(simpleName, needer);
    }

    @Test
    void aMissingSuperclassIsNamedWhenTheEntityIsLoaded() throws IOException {
        Files.delete(classes.resolve(PACKAGE.replace('.', '/')).resolve("Base.class"));

        CliResult result = cli.run("check");

        assertEquals(ErrorCode.ENTITY_MODEL.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: The class " + PACKAGE + ".Note cannot be loaded: it needs "
                + PACKAGE + ".Base, which is not on the class path"), result.toString());
        assertTrue(result.err().contains("--classpath"), result.toString());
        assertFalse(result.err().contains("\tat "), "no stack trace without --verbose: " + result);
    }

    private void assertMissing(String simpleName, String needer) throws IOException {
        Files.delete(classes.resolve(PACKAGE.replace('.', '/')).resolve(simpleName + ".class"));

        for (String command : List.of("check", "revision")) {
            CliResult result = command.equals("check") ? cli.run("check") : cli.run("revision", "-m", "x");

            assertEquals(ErrorCode.ENTITY_MODEL.exitCode(), result.exitCode(), result.toString());
            assertTrue(result.err().startsWith("error: The class " + PACKAGE + "." + simpleName + ", which "), result.toString());
            assertTrue(result.err().contains(needer), result.toString());
            assertTrue(result.err().contains("--classpath") && result.err().contains("dependency:build-classpath"),
                    result.toString());
            assertFalse(result.err().contains("\tat "), "no stack trace without --verbose: " + result);
            assertFalse(result.err().contains("InvocationTargetException"), result.toString());
        }
    }

    private void compile(Map<String, String> types) throws IOException {
        Path sources = dir.resolve("sources").resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        for (Map.Entry<String, String> type : types.entrySet()) {
            Path file = sources.resolve(type.getKey() + ".java");
            Files.writeString(file, "package " + PACKAGE + ";\n" + type.getValue() + "\n");
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, arguments.toArray(String[]::new)), "the fixture compiles");
    }
}
