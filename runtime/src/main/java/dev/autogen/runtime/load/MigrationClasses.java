package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns compiled migration classes into {@link ResolvedMigration}s. */
public final class MigrationClasses implements MigrationSource {
    private final List<Class<?>> classes;

    /** A source over the given classes; each must implement {@link Migration} and carry {@link Revision}. */
    public MigrationClasses(Collection<? extends Class<?>> classes) {
        this.classes = List.copyOf(classes);
    }

    @Override
    public List<ResolvedMigration> load() {
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (Class<?> type : classes) {
            migrations.add(resolve(type, type.getName()));
        }
        return migrations;
    }

    /** Resolves one class, naming {@code origin} in any error. */
    public static ResolvedMigration resolve(Class<?> type, String origin) {
        return resolve(type, origin, null);
    }

    /**
     * Resolves one class compiled from a source with the given {@linkplain SourceDigests#of digest}
     * ({@code null} when unknown), naming {@code origin} in any error.
     */
    public static ResolvedMigration resolve(Class<?> type, String origin, String sourceDigest) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The migration class " + type.getName() + " in "
                    + origin + " has no @Revision annotation. Add @Revision(id = \"...\", parents = ...) to it.");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The class " + type.getName() + " in " + origin
                    + " carries @Revision but does not implement " + Migration.class.getName() + ".");
        }
        return new ResolvedMigration(revision.id(), List.of(revision.parents()), revision.message(), origin,
                () -> instantiate(type, revision.id(), origin), revision.transactional(), sourceDigest,
                List.of(revision.replaces()));
    }

    /** Creates an instance of a migration class; the error names the revision and where it came from. */
    static Migration instantiate(Class<?> type, String id, String origin) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The migration " + id + " (" + origin
                    + ") threw " + cause + " in its constructor. Fix the class; nothing was applied.", cause);
        } catch (NoSuchMethodException e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The migration " + id + " (" + origin
                    + ") needs a constructor without parameters.", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The migration " + id + " (" + origin
                    + ") cannot be instantiated: " + e + ".", e);
        }
    }
}
