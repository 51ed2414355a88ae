package dev.autogen.dialect.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Type spellings: synonyms share one canonical form; the catalog's long forms shorten to Hibernate's. */
class PostgresTypesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "int4                           | integer",
        "varchar(255) array             | character varying(255)[]",
        "integer array                  | int4[]",
        "int                            | integer",
        "INTEGER                        | integer",
        "serial                         | integer",
        "int8                           | bigint",
        "bigserial                      | bigint",
        "int2                           | smallint",
        "varchar(255)                   | character varying(255)",
        "varchar                        | character varying",
        "character varying ( 255 )      | varchar(255)",
        "char(1)                        | character(1)",
        "char                           | character(1)",
        "bpchar(3)                      | char(3)",
        "timestamp(6) without time zone | timestamp(6)",
        "timestamp(6)                   | timestamp",
        "timestamp without time zone    | timestamp",
        "timestamp(3)                   | timestamp(3) without time zone",
        "timestamptz                    | timestamp with time zone",
        "timestamptz                    | timestamp(6) with time zone",
        "timestamptz(3)                 | timestamp(3) with time zone",
        "time(6) without time zone      | time",
        "timetz                         | time with time zone",
        "timetz(0)                      | time(0) with time zone",
        "float(53)                      | double precision",
        "float8                         | double precision",
        "float                          | double precision",
        "float(25)                      | double precision",
        "float(24)                      | real",
        "float4                         | real",
        "float(1)                       | real",
        "numeric                        | decimal",
        "numeric(10,2)                  | decimal(10, 2)",
        "numeric(21)                    | numeric(21,0)",
        "bool                           | boolean",
    })
    void synonymsHaveTheSameCanonicalForm(String a, String b) {
        assertEquals(PostgresTypes.canonical(a), PostgresTypes.canonical(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
        "varchar(255)                   | varchar(256)",
        "varchar(255)                   | text",
        "char(2)                        | varchar(2)",
        "integer                        | bigint",
        "real                           | double precision",
        "numeric(10,2)                  | numeric(10,3)",
        "numeric(10)                    | numeric",
        "timestamp(6)                   | timestamp(6) with time zone",
        "timestamp(3)                   | timestamp(6)",
        "time                           | timestamp",
        "date                           | timestamp",
    })
    void differentTypesStayDifferent(String a, String b) {
        assertNotEquals(PostgresTypes.canonical(a), PostgresTypes.canonical(b));
    }

    @Test
    void canonicalFormsAreReadable() {
        assertEquals("integer", PostgresTypes.canonical("int4"));
        assertEquals("varchar(255)", PostgresTypes.canonical("character varying(255)"));
        assertEquals("timestamp(6)", PostgresTypes.canonical("timestamp without time zone"));
        assertEquals("timestamp(6) with time zone", PostgresTypes.canonical("timestamptz"));
        assertEquals("double precision", PostgresTypes.canonical("float(53)"));
        assertEquals("numeric(10,2)", PostgresTypes.canonical("decimal(10,2)"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "character varying(255)         | varchar(255)",
        "character varying              | varchar",
        "character(1)                   | char(1)",
        "timestamp(6) without time zone | timestamp(6)",
        "timestamp without time zone    | timestamp",
        "time(0) without time zone      | time(0)",
        "timestamp(6) with time zone    | timestamp(6) with time zone",
        "numeric(38,2)                  | numeric(38,2)",
        "double precision               | double precision",
        "text[]                         | text[]",
        "character varying(20)[]        | varchar(20)[]",
    })
    void catalogSpellingShortensToHibernates(String catalog, String hibernate) {
        assertEquals(hibernate, PostgresTypes.shortForm(catalog));
    }
}
