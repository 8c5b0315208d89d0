/**
 * The large-schema benchmark: generates a synthetic JPA model of N entities and its PostgreSQL database, perturbs the
 * database, then times the real {@code autogen} command line ({@code check}, {@code revision --autogenerate},
 * {@code upgrade}) as separate processes against Hibernate ORM's schema validator and {@code psql}. Run it with
 * {@code bench/run.sh}; {@link dev.autogen.bench.BenchMain} describes the options.
 */
package dev.autogen.bench;
