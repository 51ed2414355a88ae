package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** lint's JSON keeps the map's key order and escapes what would break a JSON reader or a terminal. */
class JsonTextTest {
    @Test
    void valuesNestInOrderAndTextIsEscaped() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", Arrays.asList(true, null, "x"));
        map.put("sql", "UPDATE \"t\" SET a = 'x\\y'\n\t\u001b\u2028");
        assertEquals("{\"b\":1,\"a\":[true,null,\"x\"],\"sql\":\"UPDATE \\\"t\\\" SET a = 'x\\\\y'\\n\\t\\u001b\\u2028\"}",
                JsonText.of(map));
        assertEquals("[\"\\ud800\",\"\ud83d\ude00\"]", JsonText.of(List.of("\ud800", "\ud83d\ude00")));
    }
}
