package dev.autogen.engine;

import java.time.Duration;
import java.util.function.Supplier;

/** Times the engine's phases for its {@link EngineListener}. */
final class Phases {

    private final EngineListener listener;

    Phases(EngineListener listener) {
        this.listener = listener;
    }

    /** Runs {@code work} as phase {@code name}. */
    <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            ended(name, start);
        }
    }

    /** Phase {@code name} lasted from {@code startNanos} ({@link System#nanoTime()}) until now. */
    void ended(String name, long startNanos) {
        listener.phaseEnded(name, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
