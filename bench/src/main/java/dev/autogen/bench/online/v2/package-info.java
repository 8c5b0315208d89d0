/** The benchmark's entities after the change, which autogenerate turns into the migration measured. */
package dev.autogen.bench.online.v2;
