package dev.autogen.runtime.internal.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fan-out's scheduling, on tasks that touch no database (the database side is in the command line's
 * {@code FanOutTest}): the pool's bound, canaries, stopping and going on, results in the order given.
 */
class FanOutSchedulingTest {

    private static List<Target> targets(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Target(String.format("t%02d", i), null, () -> null, List.of("s3cret")))
                .toList();
    }

    @Test
    void noMoreThanParallelTargetsRunAtOnceAndResultsComeInTheOrderGiven() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<TargetResult> heard = Collections.synchronizedList(new ArrayList<>());
        FanOutReport report = new FanOut(new FanOut.Options(3, 0, false))
                .run(
                        targets(12),
                        target -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            Thread.sleep(20);
                            running.decrementAndGet();
                            return FanOut.Outcome.ok(List.of(), List.of("r1"));
                        },
                        heard::add);
        assertEquals(3, most.get());
        assertEquals(12, heard.size());
        assertEquals(12, report.count(TargetStatus.OK));
        assertEquals("t00", report.results().get(0).target());
        assertEquals("t11", report.results().get(11).target());
        assertTrue(report.summary().matches("12 targets in [0-9.]+ s: 12 ok"), report.summary());
    }

    @Test
    void aFailedCanaryStopsEveryOtherTarget() {
        AtomicInteger ran = new AtomicInteger();
        FanOutReport report = new FanOut(new FanOut.Options(4, 2, true))
                .run(
                        targets(10),
                        target -> {
                            ran.incrementAndGet();
                            if (target.name().equals("t01")) {
                                throw new IllegalStateException("boom with s3cret\nsecond line");
                            }
                            return FanOut.Outcome.ok(List.of(), List.of("r1"));
                        },
                        r -> {});
        assertEquals(2, ran.get(), "only the canaries ran, --continue-on-error notwithstanding");
        assertEquals(TargetStatus.FAILED, report.results().get(1).status());
        assertEquals("boom with ***", report.results().get(1).error(), "one line, the secret masked");
        assertEquals(8, report.count(TargetStatus.NOT_RUN));
        assertEquals("a canary failed", report.results().get(9).error());
    }

    @Test
    void aFailureStopsTheRunUnlessToldToGoOn() {
        FanOut.Task failsThird = target -> {
            if (target.name().equals("t02")) {
                throw new IllegalStateException("boom");
            }
            return FanOut.Outcome.skipped(List.of("r1"));
        };
        FanOutReport stopped = new FanOut(FanOut.Options.sequential()).run(targets(6), failsThird, r -> {});
        assertEquals(
                List.of(2, 1, 3),
                List.of(
                        stopped.count(TargetStatus.SKIPPED),
                        stopped.count(TargetStatus.FAILED),
                        stopped.count(TargetStatus.NOT_RUN)));
        FanOutReport goingOn = new FanOut(new FanOut.Options(1, 0, true)).run(targets(6), failsThird, r -> {});
        assertEquals(5, goingOn.count(TargetStatus.SKIPPED));
        assertEquals("t02", goingOn.firstFailure().orElseThrow().target());
    }

    @Test
    void globsMatchWholeNamesWithStarAndQuestionMark() {
        assertTrue(Tenants.globPattern("tenant_*").matcher("tenant_0001").matches());
        assertTrue(Tenants.globPattern("t?_1").matcher("tx_1").matches());
        assertTrue(!Tenants.globPattern("tenant_*").matcher("xtenant_1").matches());
        assertTrue(!Tenants.globPattern("a.b").matcher("axb").matches(), "a dot is literal");
        assertThrows(IllegalArgumentException.class, () -> new FanOut.Options(0, 0, false));
    }
}
