package dev.autogen.cli.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Downloads an artifact's jar into a cache file, verified against the artifact's digest before it
 * takes the cache file's name: it is written to a temporary file beside it and then moved in one
 * step, so that a reader, or a second process downloading at the same time, never sees a partial
 * or unverified jar.
 */
final class ArtifactDownload {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FIRST_BYTE_TIMEOUT = Duration.ofSeconds(60);

    private final DownloadProgress progress;
    private final HttpClient client;

    ArtifactDownload(DownloadProgress progress) {
        this.progress = progress;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .build();
    }

    /**
     * Fetches {@code url} into {@code target}, described to people as {@code what}; an existing
     * {@code target} is replaced. Fails with an {@link IOException} whose message says why.
     */
    Path fetch(BinaryArtifact artifact, URI url, Path target, String what) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        try {
            download(artifact, url, part, what);
            install(part, target, artifact);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void download(BinaryArtifact artifact, URI url, Path part, String what) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(FIRST_BYTE_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the server answered HTTP " + response.statusCode()
                        + (response.statusCode() == 404 ? " (not found)" : ""));
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            DownloadProgress.Tracker tracker = progress.start(what, url, length);
            boolean complete = false;
            try {
                String actual = copy(body, part, tracker);
                if (!actual.equals(artifact.sha256())) {
                    throw new IOException("the downloaded file's SHA-256 is " + actual + ", not " + artifact.sha256()
                            + " as published for " + artifact.coordinates() + ", so it was discarded (a corrupt"
                            + " download, or a repository serving something else)");
                }
                complete = true;
            } finally {
                tracker.finished(complete);
            }
        }
    }

    private static String copy(InputStream body, Path part, DownloadProgress.Tracker tracker) throws IOException {
        MessageDigest digest = Digests.sha256();
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(part)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                tracker.received(read);
            }
        }
        return Digests.hex(digest);
    }

    /**
     * Moves the verified file to its name. When that fails because another process just put the
     * same verified jar there (Windows refuses to replace a file in use), theirs is kept.
     */
    private static void install(Path part, Path target, BinaryArtifact artifact) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (!Digests.matches(target, artifact)) {
                throw e;
            }
        }
    }
}
