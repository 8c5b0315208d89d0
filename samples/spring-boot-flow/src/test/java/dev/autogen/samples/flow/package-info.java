/** The Spring Boot sample's README flow, run with real Maven, the fat jar and PostgreSQL. */
package dev.autogen.samples.flow;
