package dev.autogen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache of compiled migrations: keyed by the sources, read back as written, stale entries gone. */
class CompiledMigrationCacheTest {
    @TempDir
    Path dir;

    @Test
    void theKeyFollowsTheSourcesAndTheClassPath() throws Exception {
        Path source = Files.writeString(dir.resolve("V1.java"), "class V1 {}");
        String key = CompiledMigrationCache.key(List.of(source), "a.jar");

        assertEquals(key, CompiledMigrationCache.key(List.of(source), "a.jar"));
        assertNotEquals(key, CompiledMigrationCache.key(List.of(source), "b.jar"));
        Files.writeString(source, "class V1 { }");
        assertNotEquals(key, CompiledMigrationCache.key(List.of(source), "a.jar"));
    }

    @Test
    void theSameSourcesInAnotherFolderHaveAnotherKey() throws Exception {
        Path source = Files.writeString(Files.createDirectories(dir.resolve("mig")).resolve("V1.java"), "class V1 {}");
        Path moved = Files.writeString(Files.createDirectories(dir.resolve("newmig")).resolve("V1.java"), "class V1 {}");

        assertNotEquals(CompiledMigrationCache.key(List.of(source), "a.jar"), CompiledMigrationCache.key(List.of(moved), "a.jar"),
                "the entry records where each class came from, so a moved folder needs its own");
    }

    @Test
    void anEntryIsReadBackAndReplacesTheOlderOne() {
        CompiledMigrationCache cache = new CompiledMigrationCache(dir.resolve("cache"));
        cache.write("old", new CompiledMigrationCache.Entry(Map.of("db.V0", new byte[] {1}), Map.of()));
        cache.write("new", new CompiledMigrationCache.Entry(Map.of("db.V1", new byte[] {1, 2}, "db.V1$Inner", new byte[] {3}),
                Map.of("db.V1", "migrations/V1.java")));

        CompiledMigrationCache.Entry entry = cache.read("new").orElseThrow();
        assertArrayEquals(new byte[] {1, 2}, entry.classes().get("db.V1"));
        assertArrayEquals(new byte[] {3}, entry.classes().get("db.V1$Inner"));
        assertEquals(Map.of("db.V1", "migrations/V1.java"), entry.origins());
        assertTrue(cache.read("old").isEmpty(), "the older entry is removed");
    }

    @Test
    void aDamagedEntryIsIgnored() throws Exception {
        CompiledMigrationCache cache = new CompiledMigrationCache(dir.resolve("cache"));
        cache.write("key", new CompiledMigrationCache.Entry(Map.of("db.V1", new byte[] {1}), Map.of()));
        Files.delete(dir.resolve("cache/key/db.V1.class"));

        assertTrue(cache.read("key").isEmpty());
    }
}
