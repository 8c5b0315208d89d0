package dev.autogen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a command as its own process under GNU time, for its wall time and peak memory. */
final class ProcessRunner {

    /** A phase line of {@code autogen --timings}: {@code autogen: timing: entities 1234.5 ms}. */
    private static final Pattern PHASE = Pattern.compile("^autogen: timing: (\\S+) ([0-9.]+) ms$", Pattern.MULTILINE);

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path scratch;

    ProcessRunner(Path scratch) {
        this.scratch = scratch;
    }

    Measurement run(List<String> command, Path workingDir, Map<String, String> env) throws IOException {
        Files.createDirectories(scratch);
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        Path rusage = scratch.resolve("rusage.txt");
        Files.deleteIfExists(rusage);
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "rss=%M user=%U sys=%S", "-o", rusage.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full)
                .directory(workingDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process process = pb.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        long rss = -1;
        double cpuMs = Double.NaN;
        if (gnuTime && Files.exists(rusage)) {
            Matcher m =
                    Pattern.compile("rss=(\\d+) user=([0-9.]+) sys=([0-9.]+)").matcher(Files.readString(rusage));
            if (m.find()) {
                rss = Long.parseLong(m.group(1));
                cpuMs = (Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3))) * 1000;
            }
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Map<String, Double> phases = new LinkedHashMap<>();
        Matcher m = PHASE.matcher(stderr);
        while (m.find()) {
            phases.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return new Measurement(wallMs, cpuMs, rss, exit, stdout, stderr, phases);
    }
}
