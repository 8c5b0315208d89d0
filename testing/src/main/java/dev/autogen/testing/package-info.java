/** Test databases for Autogen's own tests: a fresh database or schema per test, on each server or embedded. */
package dev.autogen.testing;
