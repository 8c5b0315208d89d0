/** The benchmark's entities before the change: customers, and orders with no index, key, check or NOT NULL. */
package dev.autogen.bench.online.v1;
