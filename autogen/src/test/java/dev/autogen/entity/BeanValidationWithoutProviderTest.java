package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.ColumnDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a Bean Validation provider on the class path (this module's tests have none), the
 * constraints change nothing, as in Hibernate; asking for them with mode {@code ddl} is an error.
 */
class BeanValidationWithoutProviderTest {
    private static ColumnDef title(Map<String, String> settings) {
        return new EntityModelReader(BeanValidationWithoutProviderTest.class.getClassLoader(),
                List.of("dev.autogen.entity.validated"), settings, "test classpath").read()
                .tables().get("note").columns().stream().filter(c -> c.name().equals("title")).findFirst().orElseThrow();
    }

    @Test
    void constraintsChangeNothingWithoutAProvider() {
        ColumnDef title = title(Map.of());
        assertTrue(title.nullable());
        assertEquals("varchar(255)", title.type());
    }

    @Test
    void theReaderSaysWhichConstraintsItLeftOut() {
        List<String> notices = new java.util.ArrayList<>();
        new EntityModelReader(getClass().getClassLoader(), List.of("dev.autogen.entity.validated"), Map.of(),
                "target/classes").withNotices(notices::add).read();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("dev.autogen.entity.validated.Note.title"), notices.get(0));
        assertTrue(notices.get(0).contains("not applied"), notices.get(0));

        notices.clear();
        new EntityModelReader(getClass().getClassLoader(), List.of("dev.autogen.entity.validated"),
                Map.of("jakarta.persistence.validation.mode", "none"), "target/classes").withNotices(notices::add).read();
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void modeDdlWithoutAProviderSaysWhatIsMissing() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> title(Map.of("jakarta.persistence.validation.mode", "ddl")));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("hibernate-validator"), e.getMessage());
    }

    @Test
    void anUnknownModeIsAConfigurationError() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> title(Map.of("jakarta.persistence.validation.mode", "sometimes")));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("jakarta.persistence.validation.mode=sometimes"), e.getMessage());
    }
}
