package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder Autogen may not write to: the error says why (permission denied), not only where. */
class UnwritableFolderTest {

    @TempDir
    Path dir;

    private Cli cli;
    private Path unwritable;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        unwritable = unwritableFolder();
    }

    @AfterEach
    void tearDown() throws IOException {
        if (unwritable.startsWith(dir)) {
            Files.setPosixFilePermissions(unwritable, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void initSaysWhyItCannotCreateTheFolder() {
        Path target = unwritable.resolve("autogen-migrations-test");
        // mkdir: EACCES where permissions deny it, EPERM where the kernel does (/sys)
        String error = cli.run("init", target.toString()).userError();
        assertTrue(
                error.matches("\\Qcannot create " + target + ": \\E(permission denied|Operation not permitted)\\Q ("
                        + target + "); check that its parent folder exists and is writable\\E"),
                error);
    }

    @Test
    void revisionSaysWhyItCannotWriteTheMigration() throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.createSymbolicLink(dir.resolve("migrations/versions"), unwritable);
        String error =
                cli.run("revision", "-m", "first", "--rev-id", "a1b2c3d4e5f6").userError();
        String file = dir.resolve("migrations/versions/a1b2c3d4e5f6_first.java").toString();
        assertEquals(
                "cannot write the migration into " + dir.resolve("migrations/versions") + ": permission denied (" + file
                        + "); check that the folder is writable",
                error);
    }

    /**
     * A folder this process may not create files in: a read-only folder, or for root (whom permissions do not stop)
     * {@code /sys/fs}, where the kernel refuses even root.
     */
    private Path unwritableFolder() throws IOException {
        Path folder = dir.resolve("read-only");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateIn(folder)) {
            return folder;
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path sys = Path.of("/sys/fs");
        assumeTrue(Files.isDirectory(sys) && !canCreateIn(sys), "no folder this user cannot write to: test skipped");
        return sys;
    }

    private static boolean canCreateIn(Path folder) throws IOException {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
