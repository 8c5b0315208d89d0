/**
 * The online-DDL benchmark ({@code bench/online.sh}): a writer's latency on PostgreSQL while a migration changes its
 * table, in the plain forms and in the forms that do not block writes.
 */
package dev.autogen.bench.online;
