/** The change of {@code v2} without its check constraint: what MariaDB makes without copying the table. */
package dev.autogen.bench.online.nocheck;
