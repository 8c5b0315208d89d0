/** Keeping passwords out of messages and logs: what every part of Autogen that prints a URL or a driver message uses. */
package dev.autogen.runtime.internal.secret;
