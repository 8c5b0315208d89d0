package dev.autogen.cli.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program (psql, sqlite3, another JVM) and collects what it printed. */
final class ExternalProcess {

    private ExternalProcess() {}

    /** What a finished process printed and returned. */
    record Outcome(List<String> command, int code, String out, String err) {
        Outcome ok() {
            if (code != 0) {
                throw new AssertionError("exit " + code + " from " + String.join(" ", command) + "\n" + out + err);
            }
            return this;
        }
    }

    /** Runs {@code command} in {@code dir} with extra environment, {@code input} on stdin (or nothing). */
    static Outcome run(List<String> command, Path dir, Map<String, String> env, Path input)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("autogen-out", ".txt");
        Path err = Files.createTempFile("autogen-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Outcome(
                    command,
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@code java -cp <this test's class path> dev.autogen.cli.Main args...}: the command line in its own JVM. */
    static List<String> autogen(String... args) {
        return autogen(List.of(), args);
    }

    /** {@link #autogen(String...)} with options for the JVM ({@code -Dname=value}). */
    static List<String> autogen(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                // as ./autogen runs it: no hsperfdata file, whose clash between JVMs prints a warning on stdout
                "-XX:-UsePerfData",
                "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.autogen.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
