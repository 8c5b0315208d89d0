package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code revision -m} at once in one folder, each in its own JVM as on a developer's machine or in CI: each
 * builds on the one before it (one head, a straight line), and one {@code --rev-id} is taken once.
 */
class ConcurrentRevisionTest {

    static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void concurrentRevisionsFormOneLine() throws Exception {
        assertEquals(0, autogen("init"));
        // one revision first: the others then load (compile) it while reading the heads, which widens the race
        assertEquals(0, autogen("revision", "-m", "first"));
        List<ExternalProcess.Outcome> outcomes =
                concurrently(i -> ExternalProcess.autogen("revision", "-m", "writer " + i));
        outcomes.forEach(ExternalProcess.Outcome::ok);
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            assertEquals(
                    WRITERS + 1,
                    files.filter(f -> f.toString().endsWith(".java")).count());
        }
        StringWriter heads = new StringWriter();
        assertEquals(
                0,
                Main.run(
                        new String[] {"heads"},
                        Map.of(),
                        dir,
                        new PrintWriter(heads, true),
                        new PrintWriter(new StringWriter())));
        assertEquals(1, heads.toString().lines().count(), heads::toString);
        StringWriter history = new StringWriter();
        assertEquals(
                0,
                Main.run(
                        new String[] {"history"},
                        Map.of(),
                        dir,
                        new PrintWriter(history, true),
                        new PrintWriter(new StringWriter())));
        assertEquals(WRITERS + 1, history.toString().lines().count(), history::toString);

        // the same id from several writers: one writes it, the others are told it exists
        List<ExternalProcess.Outcome> same =
                concurrently(i -> ExternalProcess.autogen("revision", "-m", "same " + i, "--rev-id", "abcdef012345"));
        assertEquals(1, same.stream().filter(o -> o.code() == 0).count(), same::toString);
        same.stream()
                .filter(o -> o.code() != 0)
                .forEach(o -> assertEquals(
                        "autogen: error: revision id abcdef012345 already exists; choose another --rev-id\n",
                        o.err(),
                        o::toString));
    }

    private List<ExternalProcess.Outcome> concurrently(java.util.function.IntFunction<List<String>> command)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<ExternalProcess.Outcome>> running = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                List<String> args = command.apply(i);
                running.add(pool.submit(() -> ExternalProcess.run(args, dir, Map.of(), null)));
            }
            List<ExternalProcess.Outcome> outcomes = new ArrayList<>();
            for (Future<ExternalProcess.Outcome> f : running) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private int autogen(String... args) {
        return Main.run(args, Map.of(), dir, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
