package dev.autogen.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function, for parsing the same SQL text many times over in one diff.
 * When it reaches its capacity it starts again empty, so it never holds more than that many entries.
 *
 * @param <K> the argument
 * @param <V> the result, never {@code null}
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final Function<K, V> function;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    /** A memo of {@code function} holding at most {@code capacity} results. */
    public BoundedCache(int capacity, Function<K, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** The function's result for the key, computed on first use. */
    public V get(K key) {
        V value = entries.get(key);
        if (value == null) {
            value = function.apply(key);
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, value);
        }
        return value;
    }
}
