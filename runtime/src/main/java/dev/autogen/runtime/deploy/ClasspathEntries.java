package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a {@code --classpath} value: paths separated by the system's path separator,
 * resolved against the working directory. An entry {@code @file} stands for the path list in that
 * file, as {@code mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt} writes it
 * (line breaks also separate entries there).
 */
public final class ClasspathEntries {
    private ClasspathEntries() {
    }

    /** The entries, in order, with each {@code @file} replaced by the entries it lists; blank ones dropped. */
    public static List<Path> of(String classpath, Path workingDirectory) {
        List<Path> entries = new ArrayList<>();
        if (classpath == null) {
            return entries;
        }
        for (String entry : split(classpath)) {
            if (entry.startsWith("@")) {
                entries.addAll(listedIn(workingDirectory.resolve(entry.substring(1)).normalize(), workingDirectory));
            } else {
                entries.add(workingDirectory.resolve(entry).normalize());
            }
        }
        return entries;
    }

    /** The entries a class path file lists, resolved against the working directory. */
    public static List<Path> listedIn(Path file, Path workingDirectory) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "Cannot read the class path file " + file + " named"
                    + " by --classpath @" + workingDirectory.relativize(file) + ": " + FileErrors.reason(e, file)
                    + ". For a Maven project, write it with 'mvn dependency:build-classpath"
                    + " -Dmdep.outputFile=" + workingDirectory.relativize(file) + "'.", e);
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : split(text.replace("\r", "").replace('\n', File.pathSeparatorChar))) {
            entries.add(workingDirectory.resolve(entry).normalize());
        }
        return entries;
    }

    private static List<String> split(String list) {
        List<String> entries = new ArrayList<>();
        for (String entry : list.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}
