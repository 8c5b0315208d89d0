package dev.autogen.runtime.internal.migration.error;

/** Migration sources must be compiled, but this Java runtime has no compiler (a JRE, or a jlink image). */
public final class CompilerUnavailableException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public CompilerUnavailableException(String javaHome, String versionsFolder) {
        super("No Java compiler in this runtime (java.home=" + javaHome + ") to compile the migrations in "
                + versionsFolder + ": run with a JDK 17 or later instead of a JRE, or put compiled migrations on the"
                + " classpath");
    }
}
