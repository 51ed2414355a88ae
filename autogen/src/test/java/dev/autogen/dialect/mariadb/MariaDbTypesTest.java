package dev.autogen.dialect.mariadb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbTypesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int(11)|integer", "bigint(20)|bigint", "smallint(6)|smallint", "tinyint(4)|tinyint",
            "int(10) unsigned|integer unsigned", "bit(1)|bit", "bit(8)|bit(8)", "double|float(53)", "float|float(23)",
            "datetime(6)|datetime(6)", "datetime|datetime(0)", "time|time(0)", "decimal(12,2)|decimal(12,2)",
            "enum('A','B')|enum ('A','B')", "uuid|uuid", "longtext|longtext", "varchar(255)|varchar(255)",
            "VARBINARY(255)|varbinary(255)"})
    void hibernateSpelling(String catalog, String hibernate) {
        assertEquals(hibernate, MariaDbTypes.hibernateSpelling(catalog));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int|integer", "int(11)|integer", "bit|bit(1)", "double|float(53)", "double precision|double",
            "float|float(23)", "real|double", "numeric(10,2)|decimal(10,2)", "decimal|numeric(10)", "time|time(0)",
            "datetime|datetime(0)", "boolean|bool", "enum('A','B')|enum ('A', 'B')", "character varying(20)|varchar(20)"})
    void synonymsAreCanonicallyEqual(String a, String b) {
        assertEquals(MariaDbTypes.canonical(a), MariaDbTypes.canonical(b));
    }

    @Test
    void realDifferencesStay() {
        assertNotEquals(MariaDbTypes.canonical("varchar(40)"), MariaDbTypes.canonical("varchar(60)"));
        assertNotEquals(MariaDbTypes.canonical("enum('a')"), MariaDbTypes.canonical("enum('A')"));
        assertNotEquals(MariaDbTypes.canonical("datetime(6)"), MariaDbTypes.canonical("datetime"));
        assertNotEquals(MariaDbTypes.canonical("json"), MariaDbTypes.canonical("longtext"));
        assertNotEquals(MariaDbTypes.canonical("int unsigned"), MariaDbTypes.canonical("int"));
    }

    @Test
    void jsonLivesInLongtext() {
        assertTrue(MariaDbTypes.holdsJson("LONGTEXT"));
        assertFalse(MariaDbTypes.holdsJson("text"));
    }
}
