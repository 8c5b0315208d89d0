package dev.autogen.bench;

import java.util.List;
import java.util.Map;

/**
 * The measurements of a long migration history, Autogen against Alembic.
 *
 * @param size the number of migrations
 * @param first the first {@code heads}, {@code current} and {@code history} after the build, by command, one run each
 * @param runs every timed run, by what ran ({@code autogen heads}, {@code alembic upgrade head}, ...)
 * @param graphCompiled whether a graph command left compiled classes behind (it must not)
 * @param alembic the Alembic version, or why it could not run
 */
record HistoryResult(
        int size,
        Map<String, Measurement> first,
        Map<String, List<Measurement>> runs,
        boolean graphCompiled,
        String alembic) {}
