/** The application API, {@link dev.autogen.runtime.Autogen}: migrations found on the class path, run from plain Java. */
package dev.autogen.runtime.app;
