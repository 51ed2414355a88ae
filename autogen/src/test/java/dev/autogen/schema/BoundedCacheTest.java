package dev.autogen.schema;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundedCacheTest {
    @Test
    void computesEachKeyOnceWhileItFits() {
        List<String> computed = new ArrayList<>();
        BoundedCache<String, Integer> lengths = new BoundedCache<>(10, key -> {
            computed.add(key);
            return key.length();
        });
        assertEquals(3, lengths.get("abc"));
        assertEquals(3, lengths.get("abc"));
        assertEquals(1, lengths.get("a"));
        assertEquals(List.of("abc", "a"), computed);
    }

    @Test
    void startsAgainEmptyWhenFull() {
        List<String> computed = new ArrayList<>();
        BoundedCache<String, Integer> lengths = new BoundedCache<>(2, key -> {
            computed.add(key);
            return key.length();
        });
        lengths.get("a");
        lengths.get("bb");
        lengths.get("ccc");
        lengths.get("a");
        lengths.get("ccc");
        assertEquals(List.of("a", "bb", "ccc", "a"), computed);
    }
}
