package dev.autogen.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What PostgreSQL makes of a {@code columnDefinition}. */
class ColumnDefinitionTest {
    @Test
    void aPlainTypeIsJustTheType() {
        assertEquals(new ColumnDefinition("text", null, false, List.of(), false, false), ColumnDefinition.parse("text"));
        assertEquals(new ColumnDefinition("numeric(10,2)", null, false, List.of(), false, false),
                ColumnDefinition.parse("numeric(10,2)"));
        assertEquals(new ColumnDefinition("timestamp with time zone", null, false, List.of(), false, false),
                ColumnDefinition.parse("timestamp with time zone"));
    }

    @Test
    void defaultNotNullCheckAndUniqueAreTakenApart() {
        assertEquals(new ColumnDefinition("varchar(20)", "'a b'", true, List.of(), false, false),
                ColumnDefinition.parse("varchar(20) default 'a b' not null"));
        assertEquals(new ColumnDefinition("integer", "nextval('s')", false, List.of("code <> ''"), true, false),
                ColumnDefinition.parse("integer DEFAULT nextval('s') CHECK (code <> '') UNIQUE"));
        assertEquals(new ColumnDefinition("numeric(10,2)", "0.00", false, List.of(), false, false),
                ColumnDefinition.parse("numeric(10,2) DEFAULT 0.00 NULL"));
    }

    @Test
    void serialTypesAreIntegersWithASequenceDefault() {
        assertEquals(new ColumnDefinition("integer", null, true, List.of(), false, true), ColumnDefinition.parse("serial"));
        assertEquals(new ColumnDefinition("bigint", null, true, List.of(), false, true), ColumnDefinition.parse("BIGSERIAL"));
    }

    @Test
    void generatedExpressionIsTakenApart() {
        assertEquals(new ColumnDefinition("numeric(10,2)", null, true, List.of(), false, false, "price * (qty + 1)"),
                ColumnDefinition.parse("numeric(10,2) GENERATED ALWAYS AS (price * (qty + 1)) STORED NOT NULL"));
    }
}
