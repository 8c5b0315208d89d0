/**
 * The Velocity templates that lay out generated migration files. The default template is a classpath resource; a
 * project overrides it with a {@value dev.autogen.templates.MigrationTemplates#USER_TEMPLATE} file in its migrations
 * folder.
 */
package dev.autogen.templates;
