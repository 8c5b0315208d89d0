/**
 * The reports of the commands that report ({@code check}, {@code diff}, {@code lint}, {@code history},
 * {@code current}, {@code heads}, {@code validate}): one model, a {@link dev.autogen.engine.report.Report} of findings
 * and revision rows, written in each {@link dev.autogen.engine.report.ReportFormat} by
 * {@link dev.autogen.engine.report.ReportRenderer}. Depends on nothing else of Autogen.
 */
package dev.autogen.engine.report;
