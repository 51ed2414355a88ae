package dev.autogen.dialect.postgres;

import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The USING expression and review note of a type change. */
class TypeChangesTest {
    private static TypeConversion convert(String from, String to) {
        ColumnDef before = column("c", from);
        ColumnDef after = column("c", to);
        return TypeChanges.convert(Direction.UPGRADE, table(before), before, table(after), after);
    }

    private static TableModel table(ColumnDef column, String... checks) {
        return new TableModel("t", List.of(column), null, List.of(), List.of(), List.of(),
                List.of(checks).stream().map(expression -> check("t_c_check", expression)).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "varchar(80) | varchar(255)",
        "varchar(255) | text",
        "integer | bigint",
        "smallint | integer",
        "int4 | numeric(12,2)",
        "numeric(10,2) | numeric(14,4)",
        "real | double precision",
        "integer | double precision",
        "date | timestamp(6)",
        "timestamp(3) | timestamp(6)",
        "integer | varchar(255)",
        "json | jsonb",
    })
    void wideningNeedsNeitherConversionNorReview(String from, String to) {
        TypeConversion conversion = convert(from, to);

        assertNull(conversion.using(), from + " -> " + to);
        assertNull(conversion.review(), conversion.review());
    }

    @Test
    void aNarrowingNoteForTheDowngradeSaysTheDowngradeFails() {
        ColumnDef wide = column("c", "varchar(100)");
        ColumnDef narrow = column("c", "varchar(50)");

        String review = TypeChanges.convert(Direction.DOWNGRADE, table(wide), wide, table(narrow), narrow).review();

        assertEquals("narrows t.c from varchar(100) to varchar(50): the downgrade fails on a longer value", review);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "varchar(255) | varchar(40) | the upgrade fails on a longer value",
        "text | varchar(10) | the upgrade fails on a longer value",
        "bigint | integer | out of range",
        "numeric(10,2) | numeric(10,1) | rounds",
        "numeric(10,2) | integer | out of range",
        "double precision | real | out of range",
        "bigint | double precision | out of range",
        "timestamp(6) | timestamp(0) | rounded",
        "timestamp(6) with time zone | timestamp(6) | time zone",
        "timestamp(6) | date | time of day is lost",
    })
    void narrowingIsReviewed(String from, String to, String reason) {
        TypeConversion conversion = convert(from, to);

        assertNull(conversion.using());
        assertNotNull(conversion.review(), from + " -> " + to);
        assertTrue(conversion.review().contains("narrows t.c from") && conversion.review().contains(reason),
                conversion.review());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "varchar(255) | integer | c::integer",
        "text | uuid | c::uuid",
        "varchar(10) | boolean | c::boolean",
        "varchar(40) | timestamp(6) with time zone | c::timestamp(6) with time zone",
        "integer | boolean | c::boolean",
    })
    void conversionsWithoutAnAssignmentCastGetUsingAndAReview(String from, String to, String using) {
        TypeConversion conversion = convert(from, to);

        assertEquals(using, conversion.using());
        assertTrue(conversion.review().startsWith("converts t.c from " + from + " to " + to), conversion.review());
    }

    @Test
    void ordinalEnumBecomesNamesInTheEnumsOrderAndBack() {
        ColumnDef ordinal = column("c", "smallint");
        ColumnDef string = column("c", "varchar(255)");
        TableModel before = table(ordinal, "c between 0 and 2");
        TableModel after = table(string, "c in ('LOW','MEDIUM','HIGH')");

        TypeConversion up = TypeChanges.convert(Direction.UPGRADE, before, ordinal, after, string);
        TypeConversion down = TypeChanges.convert(Direction.DOWNGRADE, after, string, before, ordinal);

        assertEquals("(ARRAY['LOW', 'MEDIUM', 'HIGH'])[c + 1]", up.using());
        assertTrue(up.review().contains("in this order"), up.review());
        assertEquals("array_position(ARRAY['LOW', 'MEDIUM', 'HIGH']::text[], c::text) - 1", down.using());
    }

    @Test
    void synonymsAreNoChange() {
        assertFalse(TypeChanges.differ("int4", "integer"));
        assertFalse(TypeChanges.differ("timestamp(6) with time zone", "timestamptz"));
        assertFalse(TypeChanges.differ("varchar(255) array", "character varying(255)[]"));
        assertTrue(TypeChanges.differ("varchar(80)", "varchar(255)"));
    }
}
