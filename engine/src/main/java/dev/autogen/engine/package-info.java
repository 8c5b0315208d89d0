/**
 * Comparing the entities with the database, as {@code revision --autogenerate}, {@code check} and {@code diff} do:
 * table filters and project hooks, the offline or scratch-copy target, possible renames and {@code --rename}.
 */
package dev.autogen.engine;
