package dev.autogen.bench;

import java.util.List;

/**
 * The measurements of applying an initial migration of N tables.
 *
 * @param size the number of tables the entities map
 * @param migrations the number of migrations the initial schema is made of
 * @param statements the number of statements in the DDL
 * @param upgrade {@code autogen upgrade head} runs on an empty database with no compiled-class cache
 * @param psql {@code psql --single-transaction -f} runs of the same DDL on an empty database
 */
record UpgradeResult(int size, int migrations, int statements, List<Measurement> upgrade, List<Measurement> psql) {}
