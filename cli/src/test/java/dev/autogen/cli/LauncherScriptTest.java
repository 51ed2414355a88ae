package dev.autogen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/autogen} runs the jar with its JVM options, passes the arguments and the exit code
 * through, follows symbolic links to find the jar, and explains a missing jar. It runs a probe jar
 * that prints what it was given, standing in for {@code autogen.jar}.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("../bin/autogen").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void runsTheJarWithTheQuickCompilerAndPassesArgumentsAndExitCode() throws Exception {
        Result result = run(LAUNCHER, Map.of("AUTOGEN_JAR", probeJar().toString()), "7", "revision", "-m", "two words");

        assertEquals(7, result.exit(), result.output());
        assertTrue(result.output().contains("options [-XX:TieredStopAtLevel=1]"), result.output());
        assertTrue(result.output().contains("args [7, revision, -m, two words]"), result.output());
    }

    @Test
    void underTheCLocaleANonAsciiArgumentSwitchesJavaToUtf8AndAsciiLeavesTheLocaleAlone() throws Exception {
        Map<String, String> cLocale = Map.of("AUTOGEN_JAR", probeJar().toString(), "LANG", "C", "LC_ALL", "C");

        Result nonAscii = run(LAUNCHER, cLocale, "0", "-m", "größe 名前");
        Result ascii = run(LAUNCHER, cLocale, "0", "-m", "plain");

        assertTrue(nonAscii.output().contains("args [0, -m, größe 名前]")
                && nonAscii.output().contains("LC_ALL C.UTF-8"), nonAscii.output());
        assertTrue(ascii.output().contains("args [0, -m, plain]") && ascii.output().contains("LC_ALL C\n"),
                ascii.output());
    }

    @Test
    void autogenJavaOptsReplacesTheOptions() throws Exception {
        Result result = run(LAUNCHER, Map.of("AUTOGEN_JAR", probeJar().toString(), "AUTOGEN_JAVA_OPTS", "-Xmx64m"), "0");

        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("options [-Xmx64m]"), result.output());
    }

    @Test
    void aSymbolicLinkFindsTheJarNextToTheRealScript() throws Exception {
        Path home = dir.resolve("home");
        Path script = Files.createDirectories(home.resolve("bin")).resolve("autogen");
        Files.copy(LAUNCHER, script);
        Files.copy(probeJar(), Files.createDirectories(home.resolve("cli/target")).resolve("autogen.jar"));
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("links")).resolve("autogen"),
                Path.of("../home/bin/autogen"));

        Result result = run(link, Map.of("AUTOGEN_JAR", ""), "5");

        assertEquals(5, result.exit(), result.output());
        assertTrue(result.output().contains("args [5]"), result.output());
    }

    @Test
    void aMissingJarIsExplainedWithExitCode3() throws Exception {
        Path missing = dir.resolve("nowhere/autogen.jar");
        Result result = run(LAUNCHER, Map.of("AUTOGEN_JAR", missing.toString()), "check");

        assertEquals(3, result.exit(), result.output());
        assertTrue(result.output().contains(missing + " does not exist") && result.output().contains("AUTOGEN_JAR"),
                result.output());
    }

    @Test
    void aJavaHomeWithoutJavaIsExplainedWithExitCode3() throws Exception {
        Result result = run(LAUNCHER, Map.of("AUTOGEN_JAR", probeJar().toString(), "JAVA_HOME", dir.toString()), "0");

        assertEquals(3, result.exit(), result.output());
        assertTrue(result.output().contains("JAVA_HOME is " + dir + ", which has no bin/java"), result.output());
    }

    private record Result(int exit, String output) {
    }

    private Result run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("AUTOGEN_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private Path probeJar() throws IOException {
        Path source = Files.writeString(dir.resolve("Probe.java"), "public class Probe {\n"
                + "    public static void main(String[] args) {\n"
                + "        System.out.println(\"options \" + java.lang.management.ManagementFactory.getRuntimeMXBean()"
                + ".getInputArguments());\n"
                + "        System.out.println(\"args \" + java.util.Arrays.asList(args));\n"
                + "        System.out.println(\"LC_ALL \" + System.getenv(\"LC_ALL\"));\n"
                + "        System.exit(Integer.parseInt(args[0]));\n    }\n}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, "-proc:none", "-d", dir.toString(), source.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        Path jar = dir.resolve("probe.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Probe.class"));
            out.write(Files.readAllBytes(dir.resolve("Probe.class")));
            out.closeEntry();
        }
        return jar;
    }
}
