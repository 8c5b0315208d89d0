package dev.autogen.spring.boot;

import dev.autogen.runtime.internal.migration.error.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a start-up that a migration stopped as Spring Boot prints a failure it understands: the runtime's one-line
 * message, and what to do, without the stack trace.
 */
class AutogenFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis(
                "Autogen could not migrate the database at start-up: " + cause.getMessage(),
                "Do what the message says, or set autogen.enabled=false to start without migrating.",
                cause);
    }
}
