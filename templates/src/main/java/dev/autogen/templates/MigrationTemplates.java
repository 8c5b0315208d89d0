package dev.autogen.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the migration templates live. */
public final class MigrationTemplates {

    /** The classpath resource holding the default template. */
    public static final String DEFAULT_TEMPLATE = "dev/autogen/templates/migration.java.vm";

    /** The file name of a project's own template, looked up in its migrations folder before the default one. */
    public static final String USER_TEMPLATE = "script.java.vm";

    private MigrationTemplates() {}

    /** The text of the default template, for example to copy it into a migrations folder as a starting point. */
    public static String defaultTemplateText() {
        try (InputStream in = MigrationTemplates.class.getClassLoader().getResourceAsStream(DEFAULT_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_TEMPLATE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_TEMPLATE, e);
        }
    }
}
