package dev.autogen.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on its own daemon thread, whose result is taken later with {@link #join()}: how Hibernate's boot runs
 * while the database is read. A failure is rethrown by {@code join} as the work threw it.
 */
final class BackgroundTask<T> {

    private final CompletableFuture<T> future;

    private BackgroundTask(CompletableFuture<T> future) {
        this.future = future;
    }

    static <T> BackgroundTask<T> start(String name, Supplier<T> work) {
        return new BackgroundTask<>(CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the result. */
    T join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
