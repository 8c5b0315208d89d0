package dev.autogen.runtime.internal.migration.load;

/** Why the source text alone does not tell a migration's header ({@link RevisionHeaderReader}). */
final class UnreadableHeaderException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableHeaderException(String message) {
        super(message, null, false, false);
    }
}
