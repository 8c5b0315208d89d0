package dev.autogen.runtime.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's README.md, and the fenced code blocks the tests run. */
final class Readme {

    private Readme() {}

    static String text() {
        Path readme = Path.of(System.getProperty("user.dir"))
                .toAbsolutePath()
                .getParent()
                .resolve("README.md");
        try {
            return Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of the first fenced block of this language after the first line containing {@code marker}. */
    static String blockAfter(String marker, String language) {
        String text = text();
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("README.md has no \"" + marker + "\"");
        }
        String fence = "```" + language + "\n";
        int start = text.indexOf(fence, at);
        if (start < 0) {
            throw new AssertionError("README.md has no ```" + language + " block after \"" + marker + "\"");
        }
        start += fence.length();
        int end = text.indexOf("```", start);
        return text.substring(start, end);
    }
}
