package dev.autogen.engine;

import java.time.Duration;

/**
 * Told how long each phase of the engine's work took, as it ends. Phases: {@link #ENTITIES} (Hibernate's boot and the
 * entity model), {@link #CONNECT}, {@link #DATABASE} (reading the live schema; it runs at the same time as
 * {@code entities}), {@link #SCRATCH} (the scratch copy of the entities' schema), {@link #COMPARE} (all of these, as
 * waited for), {@link #DIFF} (the plan, renames and hooks) and {@link #CODEGEN} (writing the migration).
 *
 * <p>{@code entities} ends on a thread of its own, so an implementation may be called from two threads at once.
 */
@FunctionalInterface
public interface EngineListener {

    String ENTITIES = "entities";
    String CONNECT = "connect";
    String DATABASE = "database";
    String SCRATCH = "scratch";
    String COMPARE = "compare";
    String DIFF = "diff";
    String CODEGEN = "codegen";

    /** Listens to nothing. */
    EngineListener NONE = (phase, elapsed) -> {};

    /** Phase {@code phase} ended after {@code elapsed}. */
    void phaseEnded(String phase, Duration elapsed);
}
