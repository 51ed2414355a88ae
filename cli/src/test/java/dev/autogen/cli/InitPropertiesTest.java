package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@code init} writes each option so that autogen.properties reads it back exactly, as one property. */
class InitPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void valuesWithBackslashesAndLineBreaksReadBackExactly() throws IOException {
        String classpath = "C:\\work\\classes;\\\\server\\share\\";
        String entities = "com.example.model\nurl=jdbc:postgresql://evil/db";

        assertEquals(0, new Cli(dir).run("init", "--classpath", classpath, "--entities", entities,
                "--migrations-package", " größe.migrations").exitCode());

        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("autogen.properties"))) {
            properties.load(reader);
        }
        assertEquals(classpath, properties.getProperty("classpath"));
        assertEquals(entities, properties.getProperty("entities"));
        assertEquals(" größe.migrations", properties.getProperty("migrations-package"));
        assertNull(properties.getProperty("url"), "a value set another property");
    }

    @Test
    void ordinaryValuesAreWrittenAsTheyAre() {
        assertEquals("target/classes", InitCommand.value("target/classes"));
        assertEquals("a b", InitCommand.value("a b"));
    }
}
