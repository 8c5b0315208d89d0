/**
 * Tenant fan-out: one command (upgrade, downgrade, current, validate, check) run on many targets, each a schema or a
 * database with its own version table and migration lock, through a bounded pool, canaries first, stopping at the
 * first failure unless told to go on. {@link dev.autogen.runtime.internal.fanout.FanOut} schedules;
 * {@link dev.autogen.runtime.internal.fanout.Tenants} finds the targets;
 * {@link dev.autogen.runtime.internal.fanout.TargetResult} is one target's result, which every output format renders.
 */
package dev.autogen.runtime.internal.fanout;
