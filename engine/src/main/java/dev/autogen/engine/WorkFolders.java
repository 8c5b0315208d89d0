package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where Autogen keeps, for one folder of migration sources, what it may delete at any time: the revision lock, the
 * classes it compiled and the headers it read ({@value MigrationLoader#WORK_FOLDER}). For a versions folder that is
 * {@code <migrations>/.autogen}, next to {@code versions/}. Migrations written into a package of the application's
 * sources must not leave it there: they use {@code <migrations>/.autogen} when a migrations folder exists (it also
 * holds the template), else {@code .autogen} in a folder of the system's temporary folder named after the package
 * folder's path, so two commands on one project still share the lock.
 */
public final class WorkFolders {

    private WorkFolders() {}

    /**
     * The work folder of a folder of migration sources.
     *
     * @param sources the versions folder, or the package folder of the migrations
     * @param migrations the migrations folder, or null
     * @param inPackage whether {@code sources} is a package folder of the application's sources
     */
    public static Path of(Path sources, Path migrations, boolean inPackage) {
        Path folder = sources.toAbsolutePath().normalize();
        if (!inPackage) {
            return (folder.getParent() != null ? folder.getParent() : folder).resolve(MigrationLoader.WORK_FOLDER);
        }
        if (migrations != null && Files.isDirectory(migrations)) {
            return migrations.toAbsolutePath().normalize().resolve(MigrationLoader.WORK_FOLDER);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "autogen-" + hash(folder.toString()))
                .resolve(MigrationLoader.WORK_FOLDER);
    }

    /** The compiled-class cache in a work folder. */
    public static Path classes(Path workFolder) {
        return workFolder.resolve("classes");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
