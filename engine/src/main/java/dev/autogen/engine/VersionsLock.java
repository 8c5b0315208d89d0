package dev.autogen.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps commands that write a revision ({@code revision}, {@code merge}) on one versions folder apart: reading the heads
 * and writing the new file happen under one lock, so two at once cannot both build on the same head or both take one
 * id. Across processes the lock is a {@link FileLock} on {@code revision.lock} in the folder's work folder
 * ({@link WorkFolders}: {@code .autogen} next to a versions folder, which the loader already keeps out of version
 * control); within one JVM, where a second file lock would throw, a lock per folder comes first.
 */
final class VersionsLock {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private VersionsLock() {}

    /**
     * Runs {@code action} holding the lock of {@code versions} (kept in {@code work}), waiting for another command that
     * holds it.
     */
    static <T> T hold(Path versions, Path work, Supplier<T> action) {
        Path folder = versions.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(work);
            Path ignore = work.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Autogen's compiled migrations and lock; safe to delete\n*\n");
            }
            try (FileChannel channel = FileChannel.open(
                            work.resolve("revision.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new MigrationsFolderException(
                    "cannot lock " + work.resolve("revision.lock") + " against other commands writing revisions: "
                            + IoReasons.of(e) + "; check that the migrations folder is writable",
                    e);
        } finally {
            local.unlock();
        }
    }
}
