/** The test application's two migrations: create {@code notes}, then add its {@code body} column. */
package dev.autogen.spring.boot.migrations;
