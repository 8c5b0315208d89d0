package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.fixtures.shop.Customer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the {@code autogen} command line in-process, in a working directory with a given environment. */
final class Cli {

    static {
        // H2 waits 250 ms after a wrong password, doubling each time up to 4 s; the tests try wrong passwords on
        // purpose.
        System.setProperty("h2.delayWrongPasswordMin", "0");
        System.setProperty("h2.delayWrongPasswordMax", "0");
    }

    /** The entity fixtures of version 1 and version 2 of the shop. */
    static final String SHOP = "dev.autogen.cli.fixtures.shop";

    static final String SHOP_V2 = "dev.autogen.cli.fixtures.shopv2";

    private final Path workingDir;
    private final Map<String, String> env = new LinkedHashMap<>();

    Cli(Path workingDir) {
        this.workingDir = workingDir;
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Path workingDir() {
        return workingDir;
    }

    /** The folder holding the compiled test classes, fixtures included: what {@code --entities} points at. */
    static Path testClasses() {
        try {
            return Path.of(Customer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This module's build folder ({@code cli/target...}), the parent of the test classes. */
    static Path buildDir() {
        return testClasses().getParent();
    }

    /**
     * The token-usage sample's history copied into {@code dir/migrations/versions}, and its entities compiled into
     * {@code dir/classes}: the flags that name them.
     */
    static List<String> sample(Path dir) throws java.io.IOException {
        Path sample = buildDir().getParent().getParent().resolve("samples/token-usage");
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        try (Stream<Path> files = Files.list(sample.resolve("migrations/versions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.copy(file, versions.resolve(file.getFileName()));
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        Path src = sample.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(src.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Path classes = JavaSources.compile(dir.resolve("classes"), sources);
        return List.of("--entities", classes.toString(), "--package", "com.example.tokens");
    }

    /** {@code --entities <test classes> --package <pkg>}. */
    static List<String> entities(String pkg) {
        return List.of("--entities", testClasses().toString(), "--package", pkg);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true);
                PrintWriter e = new PrintWriter(err, true)) {
            code = Main.run(args, Map.copyOf(env), workingDir, o, e);
        }
        return new Result(
                List.of(args),
                code,
                out.toString().replace("\r\n", "\n"),
                err.toString().replace("\r\n", "\n"));
    }

    Result run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    /** Joins argument groups: {@code args(List.of("--url", u), "upgrade", "head")}. */
    static List<String> args(Object... parts) {
        List<String> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(x -> all.add(String.valueOf(x)));
            } else if (part instanceof String[] array) {
                all.addAll(Arrays.asList(array));
            } else {
                all.add(String.valueOf(part));
            }
        }
        return all;
    }

    /** What one run printed and returned. */
    record Result(List<String> args, int code, String out, String err) {

        /** The {@code plan} of a JSON report ({@code diff --format json}), as one line. */
        String plan() {
            var json = new tools.jackson.databind.ObjectMapper();
            return json.writeValueAsString(json.readTree(out).get("plan")) + "\n";
        }

        List<String> outLines() {
            return out.isEmpty()
                    ? List.of()
                    : List.of(out.split("\n", -1))
                            .subList(0, out.split("\n", -1).length - (out.endsWith("\n") ? 1 : 0));
        }

        List<String> errLines() {
            return err.isEmpty()
                    ? List.of()
                    : List.of(err.split("\n", -1))
                            .subList(0, err.split("\n", -1).length - (err.endsWith("\n") ? 1 : 0));
        }

        /** Exit 0 and nothing on stderr. */
        Result ok() {
            assertEquals(0, code, this::toString);
            assertEquals("", err, this::toString);
            return this;
        }

        /**
         * Exit 2 with exactly one line on stderr, {@code autogen: error: ...}, free of stack traces; returns that line's
         * message (after the prefix).
         */
        String userError() {
            assertEquals(2, code, this::toString);
            List<String> lines = errLines();
            assertEquals(1, lines.size(), () -> "expected one line on stderr\n" + this);
            String line = lines.get(0);
            assertTrue(line.startsWith("autogen: error: "), this::toString);
            assertFalse(
                    line.matches(".*\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"),
                    () -> "an exception class dump on stderr\n" + this);
            return line.substring("autogen: error: ".length());
        }

        @Override
        public String toString() {
            return "autogen " + String.join(" ", args) + "\n-- exit " + code + "\n-- stdout:\n" + out + "-- stderr:\n"
                    + err;
        }
    }
}
