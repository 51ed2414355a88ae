package dev.autogen.diff;

import dev.autogen.dialect.mariadb.MariaDbComparisonRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A named type is spelled in columns and statements by the database's rules. */
class TypeReferenceTest {
    @Test
    void postgresQuotesWhereItMust() {
        assertEquals("mood", ComparisonRules.postgres().typeReference("mood"));
        assertEquals("app.\"Mood\"", ComparisonRules.postgres().typeReference("app.Mood"));
    }

    @Test
    void aDatabaseWithoutNamedTypesKeepsTheName() {
        assertEquals("app.Mood", MariaDbComparisonRules.INSTANCE.typeReference("app.Mood"));
    }
}
