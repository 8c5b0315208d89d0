package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen init --migrations-package}: the package's folder under the source root instead of
 * {@code migrations/versions}, recorded in {@code autogen.properties}, so that later commands write and read
 * migrations there with no flag.
 */
class InitPackageTest {

    @TempDir
    Path dir;

    @Test
    void initInPackageModeRecordsThePackageForLaterCommands() throws IOException {
        Cli cli = new Cli(dir);
        String out = cli.run("init", "--migrations-package", "com.example.db", "--source-root", "app/src/main/java")
                .ok()
                .out();
        Path folder = dir.resolve("app/src/main/java/com/example/db");
        assertTrue(Files.isDirectory(folder), out);
        assertTrue(out.contains("new migrations are written here, in package com.example.db"), out);
        assertFalse(Files.exists(dir.resolve("migrations/versions")), out);
        assertTrue(Files.isRegularFile(dir.resolve("migrations/script.java.vm")), out);
        String config = Files.readString(dir.resolve("autogen.properties"));
        assertTrue(config.contains("\nmigrations-package=com.example.db\nsource-root=app/src/main/java\n"), config);

        cli.run("revision", "-m", "first", "--rev-id", "aaaaaaaaaaa1").ok();
        Path written = folder.resolve("First_aaaaaaaaaaa1.java");
        assertTrue(
                Files.isRegularFile(written), String.join(",", folder.toFile().list()));
        assertTrue(Files.readString(written).startsWith("package com.example.db;"), Files.readString(written));
        assertEquals("aaaaaaaaaaa1 (head), first\n", cli.run("heads").ok().out());

        String again = cli.run("init", "--migrations-package", "com.example.db").userError();
        assertTrue(again.contains("already holds a template"), again);
    }

    @Test
    void initWithoutAPackageShowsTheKeysAsExamples() throws IOException {
        new Cli(dir).run("init").ok();
        String config = Files.readString(dir.resolve("autogen.properties"));
        assertTrue(
                config.contains("\n#migrations-package=com.example.db.migrations\n#source-root=src/main/java\n"),
                config);
        assertTrue(Files.isDirectory(dir.resolve("migrations/versions")));
    }
}
