/**
 * The migration runner through the command line: offline SQL fed to psql and sqlite3, concurrent runners in separate
 * processes, a runner killed mid-upgrade, and the one-line errors of locking, transactions and offline SQL.
 */
package dev.autogen.cli.runner;
