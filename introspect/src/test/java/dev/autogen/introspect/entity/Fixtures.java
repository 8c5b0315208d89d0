package dev.autogen.introspect.entity;

import dev.autogen.introspect.fixtures.blog.Author;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Entity sources over the compiled test fixtures. */
final class Fixtures {

    static final String BLOG = "dev.autogen.introspect.fixtures.blog";
    static final String INVALID = "dev.autogen.introspect.fixtures.invalid";

    private Fixtures() {}

    /** The directory the test classes were compiled to. */
    static Path testClasses() {
        try {
            return Path.of(Author.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntitySource blog() {
        return new EntitySource(List.of(testClasses()), List.of(BLOG));
    }

    static EntitySource packages(String... packages) {
        return new EntitySource(List.of(testClasses()), List.of(packages));
    }
}
