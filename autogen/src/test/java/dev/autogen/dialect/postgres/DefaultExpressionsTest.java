package dev.autogen.dialect.postgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Column defaults compare equal across Hibernate's and the catalog's spellings, and differ when they do. */
class DefaultExpressionsTest {
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "NULL", value = {
        "'x' | 'x'::character varying | true",
        "-1 | '-1'::integer | true",
        "0 | 0 | true",
        "now() | CURRENT_TIMESTAMP | true",
        "CURRENT_TIMESTAMP | transaction_timestamp() | true",
        "nextval('todo_id_seq') | nextval('todo_id_seq'::regclass) | true",
        "'{}' | '{}'::jsonb | true",
        "true | true | true",
        "NULL | NULL | true",
        "'x' | 'y'::character varying | false",
        "0 | 10 | false",
        "'x' | NULL | false",
        "NULL | 0 | false",
        "now() | CURRENT_DATE | false",
        "(now() + interval '1 day') | (now() + '1 day'::interval) | true",
    })
    void sameDefaults(String a, String b, boolean same) {
        assertEquals(same, DefaultExpressions.same(a, b));
        assertEquals(same, DefaultExpressions.same(b, a));
    }
}
