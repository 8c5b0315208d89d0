/** Settings from flags, environment variables and {@code autogen.properties}, in that order of precedence. */
package dev.autogen.cli.config;
