package dev.autogen.runtime.internal.migration.error;

import java.util.List;

/** A revision id prefix matches more than one revision. */
public final class AmbiguousRevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public AmbiguousRevisionException(String prefix, List<String> matches) {
        super("Revision prefix " + prefix + " matches " + matches.size() + " revisions (" + String.join(", ", matches)
                + "): give more characters of the id");
    }
}
