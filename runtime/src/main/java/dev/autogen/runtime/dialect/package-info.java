/**
 * One {@link dev.autogen.core.database.Dialect} per database: quoting, type rendering and canonicalisation, default
 * normalisation and DDL for each operation. Generic code never asks which database it is talking to.
 */
package dev.autogen.runtime.dialect;
