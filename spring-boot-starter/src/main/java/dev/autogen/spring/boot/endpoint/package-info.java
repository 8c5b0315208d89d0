/**
 * The Actuator endpoint {@code autogen} ({@link dev.autogen.spring.boot.endpoint.AutogenEndpoint}), which lists, for
 * each {@link dev.autogen.runtime.Autogen} bean, the revisions the database is at, those applied and those pending; and
 * its auto-configuration, active only when Actuator is on the class path and the endpoint is available.
 */
package dev.autogen.spring.boot.endpoint;
