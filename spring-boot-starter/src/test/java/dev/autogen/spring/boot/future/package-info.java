/** A migration of another application version, to put a database at a revision the test's migrations do not know. */
package dev.autogen.spring.boot.future;
