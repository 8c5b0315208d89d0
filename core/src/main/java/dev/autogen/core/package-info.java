/**
 * The neutral language every Autogen module speaks: the schema model ({@link dev.autogen.core.model}), the
 * reversible operations a plan is made of ({@link dev.autogen.core.ops}) and the small contract a database
 * dialect offers to generic code ({@link dev.autogen.core.dialect}). Plain Java, no dependencies.
 */
package dev.autogen.core;
