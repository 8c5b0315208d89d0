package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./autogen} launcher reached through symbolic links (a link in {@code ~/bin}, a relative link to that link)
 * finds its checkout: it runs the checkout's jar instead of building in the link's folder. {@code java} and
 * {@code mvn} are stand-ins that print what they were asked, so no build runs.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void worksThroughSymbolicLinks() throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Path launcher =
                Files.copy(Path.of("").toAbsolutePath().getParent().resolve("autogen"), checkout.resolve("autogen"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.createDirectories(checkout.resolve("cli/target")).resolve("autogen.jar");
        Files.writeString(jar, "not built: the stand-in java does not read it");

        Path tools = Files.createDirectories(dir.resolve("tools"));
        stub(tools.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        stub(tools.resolve("mvn"), "#!/bin/sh\necho \"mvn ran in $(pwd)\" >&2\nexit 1\n");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("autogen"), launcher);
        Files.createSymbolicLink(bin.resolve("ag"), Path.of("autogen")); // relative, to the other link
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(elsewhere.resolve("autogen"), Path.of("../bin/ag"));

        for (Path link : List.of(bin.resolve("autogen"), bin.resolve("ag"), elsewhere.resolve("autogen"))) {
            ProcessBuilder builder = new ProcessBuilder(link.toString(), "--version")
                    .directory(dir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("PATH", tools + ":" + System.getenv("PATH"));
            builder.environment().put("AUTOGEN_CDS", "0");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), link + ":\n" + output);
            assertEquals(
                    true, output.strip().endsWith("-jar " + jar.toRealPath() + " --version"), link + ":\n" + output);
        }
    }

    /**
     * SQLite's native library is copied out of the jar once, next to it, and the driver pointed at that copy (where
     * the launcher knows the platform and unzip is there), instead of the driver copying it into the temporary folder
     * at every start; a new build copies it again.
     */
    @Test
    void keepsSqlitesNativeLibraryNextToTheJar() throws Exception {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("os.name").equals("Linux")
                        && List.of("x86_64", "aarch64").contains(arch)
                        && Files.isExecutable(Path.of("/usr/bin/unzip"))
                        && !Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1")),
                "not glibc Linux with unzip");
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Path launcher =
                Files.copy(Path.of("").toAbsolutePath().getParent().resolve("autogen"), checkout.resolve("autogen"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.createDirectories(checkout.resolve("cli/target")).resolve("autogen.jar");
        Path tools = Files.createDirectories(dir.resolve("tools"));
        stub(tools.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        Path copy = checkout.resolve("cli/target/autogen-native/libsqlitejdbc.so");
        for (String build : List.of("first build", "second build")) {
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so"));
                zip.write(build.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            // the build is a minute old, any copy from an earlier build older still
            long now = System.currentTimeMillis();
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(now - 60_000));
            if (Files.exists(copy)) {
                Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(now - 120_000));
            }
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version")
                    .directory(dir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("PATH", tools + ":" + System.getenv("PATH"));
            builder.environment().put("AUTOGEN_CDS", "0");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), output);
            assertEquals(
                    true,
                    output.contains(
                            "-Dorg.sqlite.lib.path=" + copy.getParent() + " -Dorg.sqlite.lib.name=libsqlitejdbc.so "),
                    output);
            assertEquals(build, Files.readString(copy));
        }
    }

    private static void stub(Path file, String script) throws Exception {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
