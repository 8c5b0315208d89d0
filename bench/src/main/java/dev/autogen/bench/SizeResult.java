package dev.autogen.bench;

import java.util.List;

/**
 * The measurements for one model size.
 *
 * @param size the number of entities
 * @param perturbations the differences made in the database
 * @param check {@code autogen check} runs
 * @param revision {@code autogen revision --autogenerate} runs
 * @param hibernate Hibernate validator runs, per mode
 * @param foundByCheck how many perturbations {@code check} reported (in its last run)
 * @param falsePositives report lines of {@code check} that match no perturbation (in its last run)
 * @param foundByHibernate how many perturbations Hibernate's message names (in its last run), per mode
 */
record SizeResult(
        int size,
        List<Perturbation> perturbations,
        List<Measurement> check,
        List<Measurement> revision,
        List<List<Measurement>> hibernate,
        int foundByCheck,
        List<String> falsePositives,
        List<Integer> foundByHibernate) {}
