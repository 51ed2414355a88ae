package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretMaskTest {
    @Test
    void theDriversMessageForTheUrlTypoOfTheIssueLosesItsPassword() {
        String message = "No suitable driver found for jdbc:postgres://127.0.0.1:5432/db?password=s3cret";

        assertEquals("No suitable driver found for jdbc:postgres://127.0.0.1:5432/db?password=***",
                SecretMask.patternsOnly().apply(message));
    }

    @Test
    void passwordParametersAndUserInfoAreMaskedInFreeText() {
        SecretMask mask = SecretMask.patternsOnly();

        assertEquals("at jdbc:postgresql://db/app?user=me&password=***&ssl=true (refused)",
                mask.apply("at jdbc:postgresql://db/app?user=me&password=s3cret&ssl=true (refused)"));
        assertEquals("jdbc:postgresql://db/app;PassWord=***;x=1", mask.apply("jdbc:postgresql://db/app;PassWord=s3cret;x=1"));
        assertEquals("see postgresql://me:***@db:5432/app now", mask.apply("see postgresql://me:s3cret@db:5432/app now"));
        assertEquals("jdbc:postgresql://db:5432/app", mask.apply("jdbc:postgresql://db:5432/app"));
        assertNull(mask.apply(null));
    }

    @Test
    void aKnownPasswordIsMaskedWhereverItAppears() {
        SecretMask mask = SecretMask.of("pa55word", null, "");

        String masked = mask.apply("FATAL: role \"app\" said pa55word\n\tat Driver(pa55word)");

        assertFalse(masked.contains("pa55word"), masked);
        assertEquals("FATAL: role \"app\" said ***\n\tat Driver(***)", masked);
    }

    @Test
    void aPasswordTooShortToMaskAsTextStillGoesFromUrls() {
        SecretMask mask = SecretMask.of("ab");

        assertEquals("table ab at jdbc:postgresql://db/x?password=***", mask.apply("table ab at jdbc:postgresql://db/x?password=ab"));
    }

    @Test
    void tellsWhetherAUrlCarriesAPassword() {
        assertTrue(SecretMask.carriesPassword("jdbc:postgresql://db/app?password=x"));
        assertTrue(SecretMask.carriesPassword("postgresql://me:x@db/app"));
        assertFalse(SecretMask.carriesPassword("jdbc:postgresql://db/app?user=me"));
        assertFalse(SecretMask.carriesPassword(null));
    }
}
