package dev.autogen.runtime.internal.migration.error;

import java.util.List;

/** A migration source does not compile. The message names the first error's file and line. */
public final class MigrationCompileException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final List<String> errors;

    /**
     * @param file the source file of the first error, as found in the versions folder
     * @param line its line number, or -1 when javac gave none
     * @param compilerMessage javac's message for the first error
     * @param errors every error, each formatted as {@code file:line: message}
     */
    public MigrationCompileException(String file, long line, String compilerMessage, List<String> errors) {
        super("Migration " + file + (line > 0 ? ":" + line : "") + " does not compile: " + oneLine(compilerMessage)
                + (errors.size() > 1
                        ? " (and " + (errors.size() - 1) + " more error" + (errors.size() > 2 ? "s" : "") + ")"
                        : "")
                + "; fix the file and run again");
        this.file = file;
        this.line = line;
        this.errors = List.copyOf(errors);
    }

    public String file() {
        return file;
    }

    /** The line of the first error, or -1. */
    public long line() {
        return line;
    }

    /** Every error javac reported, each as {@code file:line: message} on one line. */
    public List<String> errors() {
        return errors;
    }
}
