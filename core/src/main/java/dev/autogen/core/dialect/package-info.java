/** What generic code may ask of a database dialect. Implementations live in the runtime module, one per database. */
package dev.autogen.core.dialect;
