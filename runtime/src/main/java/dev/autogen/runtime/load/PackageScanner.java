package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Finds the migration classes of a package on a class loader, in directories and jars, without
 * scanning the rest of the class path. Only the package itself is searched, not sub-packages.
 * Where the package has a {@link RevisionIndex}, the revisions come from it and no class file is
 * read; a class the index does not list (after a partial, incremental compile) is read from its file.
 * Migrations found in a class folder or jar that has no index at all get one warning per scanner
 * (by default to the SLF4J log), with the build setting that makes the compiler write it.
 */
public final class PackageScanner implements MigrationSource {
    private static final Logger LOG = LoggerFactory.getLogger(PackageScanner.class);

    private final ClassLoader classLoader;
    private final ClassLoader resources;
    private final ClassRoots roots;
    private final String packageName;
    private final Consumer<String> warnings;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** A scanner for the given package on the given class loader. */
    public PackageScanner(ClassLoader classLoader, String packageName) {
        this(classLoader, classLoader, null, packageName, LOG::warn);
    }

    private PackageScanner(ClassLoader classLoader, ClassLoader resources, ClassRoots roots, String packageName,
                           Consumer<String> warnings) {
        this.classLoader = classLoader;
        this.resources = resources;
        this.roots = roots;
        this.packageName = packageName;
        this.warnings = warnings;
    }

    /** This scanner, with its warning (migrations without a revision index) given to {@code sink} instead of the log. */
    public PackageScanner withWarnings(Consumer<String> sink) {
        return new PackageScanner(classLoader, resources, roots, packageName, Objects.requireNonNull(sink, "sink"));
    }

    /**
     * A scanner for the given package in the class roots (fat jars and nested jars included), then
     * on {@code parent}, which also loads what the roots do not hold.
     */
    public static PackageScanner inRoots(ClassRoots roots, ClassLoader parent, String packageName) {
        return new PackageScanner(roots.classLoader(parent), parent, roots, packageName, LOG::warn);
    }

    /**
     * The migrations of the package. Their ids and parents come from the index or the class files; a
     * class is loaded only when its migration is instantiated, or at once when its file does not
     * show directly that it is a migration.
     */
    @Override
    public List<ResolvedMigration> load() {
        String path = packageName.replace('.', '/');
        TreeMap<String, Optional<ResolvedMigration>> found = new TreeMap<>();
        List<PackageRoot> withoutIndex = new ArrayList<>();
        int unindexed = 0;
        try {
            if (roots != null) {
                for (Path folder : roots.packageFolders(path)) {
                    unindexed += addFrom(PackageRoot.directory(folder), found, withoutIndex);
                }
            }
            for (URL url : packageUrls(path)) {
                try (PackageRoot root = open(url, path)) {
                    if (root != null) {
                        unindexed += addFrom(root, found, withoutIndex);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "Cannot list the migrations package "
                    + packageName + ": " + e.getMessage(), e);
        }
        List<ResolvedMigration> migrations = new ArrayList<>();
        found.values().forEach(migration -> migration.ifPresent(migrations::add));
        if (unindexed > 0 && warned.compareAndSet(false, true)) {
            warnings.accept(MissingRevisionIndex.warning(withoutIndex.stream().map(PackageRoot::indexLocation).toList(),
                    unindexed, Runtime.version().feature()));
        }
        return migrations;
    }

    /**
     * The package folders on the class path, in class path order: those the class loader lists, and
     * those only their index reveals, in jars made without folder entries.
     */
    private Set<URL> packageUrls(String path) throws IOException {
        Map<String, URL> urls = new LinkedHashMap<>();
        for (URL url : Collections.list(resources.getResources(path))) {
            urls.putIfAbsent(url.toString(), url);
        }
        String indexSuffix = "/" + RevisionIndex.FILE_NAME;
        for (URL index : Collections.list(resources.getResources(path + indexSuffix))) {
            String folder = index.toString().substring(0, index.toString().length() - indexSuffix.length());
            if (!urls.containsKey(folder) && !urls.containsKey(folder + "/")) {
                urls.put(folder, new URL(folder));
            }
        }
        return new LinkedHashSet<>(urls.values());
    }

    private static PackageRoot open(URL url, String path) throws IOException, URISyntaxException {
        return switch (url.getProtocol()) {
            case "file" -> PackageRoot.directory(Path.of(url.toURI()));
            case "jar" -> PackageRoot.jar(url, path);
            default -> null;
        };
    }

    /**
     * Adds the migrations of a root not found before; returns how many were read from class files of
     * a root with no index at all, and adds such a root to {@code withoutIndex}.
     */
    private int addFrom(PackageRoot root, TreeMap<String, Optional<ResolvedMigration>> found,
                        List<PackageRoot> withoutIndex) throws IOException {
        Map<String, RevisionIndex.Entry> index = root.index();
        String indexLocation = index == null ? null : root.indexLocation();
        int unindexed = 0;
        for (String simpleName : root.classNames()) {
            String className = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
            if (found.containsKey(className)) {
                continue;
            }
            RevisionIndex.Entry entry = index == null ? null : index.get(simpleName);
            Optional<ResolvedMigration> migration = entry != null ? Optional.of(indexed(className, entry, indexLocation))
                    : resolve(className, root.read(simpleName));
            found.put(className, migration);
            if (index == null && migration.isPresent()) {
                unindexed++;
            }
        }
        if (unindexed > 0) {
            withoutIndex.add(root);
        }
        return unindexed;
    }

    private ResolvedMigration indexed(String className, RevisionIndex.Entry entry, String indexLocation) {
        return new ResolvedMigration(entry.id(), entry.parents(), entry.message(), className,
                () -> instantiateIndexed(className, entry, indexLocation), entry.transactional(), entry.sourceDigest(),
                entry.replaces());
    }

    private Migration instantiateIndexed(String className, RevisionIndex.Entry entry, String indexLocation) {
        Class<?> type = loadClass(className);
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type) || !revision.id().equals(entry.id())
                || !List.of(revision.parents()).equals(entry.parents())
                || revision.transactional() != entry.transactional()
                || !List.of(revision.replaces()).equals(entry.replaces())) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The revision index " + indexLocation
                    + " lists " + className + " as revision " + entry.id() + " with parents " + entry.parents()
                    + " (transactional " + entry.transactional() + "), but the class now says "
                    + (revision == null ? "nothing (no @Revision)" : revision.id() + " with parents "
                    + List.of(revision.parents()) + " (transactional " + revision.transactional() + ")")
                    + ". The index is out of date: rebuild the project (e.g. 'mvn clean compile') so that"
                    + " the annotation processor writes it again.");
        }
        return MigrationClasses.instantiate(type, entry.id(), className);
    }

    private Optional<ResolvedMigration> resolve(String className, byte[] classFile) {
        Optional<ClassFileRevision.Header> header;
        try {
            header = ClassFileRevision.read(classFile);
        } catch (IllegalArgumentException e) {
            return loaded(className);
        }
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return header.get().implementsMigration() ? Optional.of(lazy(header.get())) : loaded(className);
    }

    private Optional<ResolvedMigration> loaded(String className) {
        Class<?> type = loadClass(className);
        return type.isAnnotationPresent(Revision.class)
                ? Optional.of(MigrationClasses.resolve(type, className)) : Optional.empty();
    }

    private ResolvedMigration lazy(ClassFileRevision.Header header) {
        String className = header.className();
        return new ResolvedMigration(header.id(), header.parents(), header.message(), className,
                () -> MigrationClasses.instantiate(loadClass(className), header.id(), className), header.transactional(),
                null, header.replaces());
    }

    private Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The class " + className
                    + " in the migrations package cannot be loaded: " + e + ".", e);
        }
    }
}
